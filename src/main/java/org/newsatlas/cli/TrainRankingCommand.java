package org.newsatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsatlas.evaluation.Evaluation;
import org.newsatlas.evaluation.RankingExamples;
import org.newsatlas.extraction.RecognitionSettings;
import org.newsatlas.gazetteer.GazetteerProperties;
import org.newsatlas.geocoding.RankingModel;
import org.newsatlas.geoparser.OpenNlpGeoparser;
import org.newsatlas.geoparser.StandaloneGeoparser;
import org.newsatlas.learning.LogisticRegression.Example;

/**
 * {@code train-ranking GOLD.jsonl... [--out MODEL.tsv]}: fits the ranking model (pairwise logistic
 * regression over the named resolution features) on the names of the gold files as the hand-set
 * weights resolve them, in file order, and writes it in the format {@link RankingModel#read}
 * reads. The same files give the same model on every run.
 */
final class TrainRankingCommand implements Command {

    @Override
    public String name() {
        return "train-ranking";
    }

    @Override
    public String usage() {
        return "train-ranking GOLD.jsonl... [--out MODEL.tsv] [--l2 X] [--prior-zero] [--threads N]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Optional<ModelOptions> parsed = ModelOptions.parseOrExplain(args, usage(), err);
        if (parsed.isEmpty()) {
            return 2;
        }
        ModelOptions options = parsed.get();
        // features depend on the other names' choices: always those of the hand-set weights
        OpenNlpGeoparser geoparser = StandaloneGeoparser.load(GazetteerProperties.defaults())
                .geoparser(RecognitionSettings.defaults(), RankingModel.handSet());
        List<LabelledDocument> documents = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (String file : options.files()) {
            List<JsonNode> gold = Evaluation.readGold(file);
            documents.addAll(LabelledDocument.ranked(geoparser, gold, options.threads()));
            sources.add(Path.of(file).getFileName() + " (" + gold.size() + " articles)");
        }
        List<Example> pairs = LabelledDocument.examples(documents);
        RankingModel model = options.rankingTrainer().train("learned", pairs);
        List<String> lines = new ArrayList<>();
        lines.add("# NewsAtlas ranking model: pairwise logistic regression (log-odds) over ResolutionFeature");
        lines.add("# written by: java -jar newsatlas.jar " + name() + " ... --l2 " + options.l2()
                + (options.fromHandSet() ? "" : " --prior-zero"));
        lines.add("# trained on " + String.join(", ", sources) + ": " + pairs.size() / 2
                + " pairs of a right candidate and a rival (up to " + RankingExamples.WRONG_PER_NAME + " per name)");
        lines.addAll(model.lines());
        if (options.out() == null) {
            lines.forEach(out::println);
        } else {
            Files.write(Path.of(options.out()), lines, StandardCharsets.UTF_8);
            err.printf(Locale.ROOT, "train-ranking: %d pairs, model written to %s%n", pairs.size() / 2, options.out());
        }
        return 0;
    }
}
