package org.newsatlas.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        LabelledCorpus corpus = LabelledCorpus.read(options.files(), geoparser, LabelledDocument::ranked,
                options.threads());
        List<Example> pairs = corpus.examples();
        RankingModel model = options.rankingTrainer().train("learned", pairs);
        List<String> lines = new ArrayList<>();
        lines.add("# NewsAtlas ranking model: pairwise logistic regression (log-odds) over ResolutionFeature");
        lines.add(ModelFile.writtenBy(name(), options));
        lines.add("# trained on " + corpus.describeSources() + ": " + pairs.size() / 2
                + " pairs of a right candidate and a rival (up to " + RankingExamples.WRONG_PER_NAME + " per name)");
        lines.addAll(model.lines());
        ModelFile.write(name(), lines, options, pairs.size() / 2 + " pairs", out, err);
        return 0;
    }
}
