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
import org.newsatlas.extraction.RecognitionModel;
import org.newsatlas.extraction.RecognitionSettings;
import org.newsatlas.gazetteer.GazetteerProperties;
import org.newsatlas.geoparser.OpenNlpGeoparser;
import org.newsatlas.geoparser.StandaloneGeoparser;
import org.newsatlas.learning.LogisticRegression.Example;

/**
 * {@code train-recognition GOLD.jsonl... [--out MODEL.tsv]}: fits the recognition model (logistic
 * regression over the named evidence features) on every candidate span of the gold files, in file
 * order, and writes it in the format {@link RecognitionModel#read} reads. The same files give the
 * same model on every run.
 */
final class TrainRecognitionCommand implements Command {

    @Override
    public String name() {
        return "train-recognition";
    }

    @Override
    public String usage() {
        return "train-recognition GOLD.jsonl... [--out MODEL.tsv] [--l2 X] [--prior-zero] [--threads N]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Optional<ModelOptions> parsed = ModelOptions.parseOrExplain(args, usage(), err);
        if (parsed.isEmpty()) {
            return 2;
        }
        ModelOptions options = parsed.get();
        OpenNlpGeoparser geoparser = StandaloneGeoparser.create(GazetteerProperties.defaults(),
                RecognitionSettings.defaults());
        List<LabelledDocument> documents = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (String file : options.files()) {
            List<JsonNode> gold = Evaluation.readGold(file);
            documents.addAll(LabelledDocument.describe(geoparser, gold, options.threads()));
            sources.add(Path.of(file).getFileName() + " (" + gold.size() + " articles)");
        }
        List<Example> examples = LabelledDocument.examples(documents);
        RecognitionModel model = options.trainer().train("learned", examples);
        List<String> lines = new ArrayList<>();
        lines.add("# NewsAtlas recognition model: logistic regression (log-odds) over RecognitionFeature");
        lines.add("# written by: java -jar newsatlas.jar " + name() + " ... --l2 " + options.l2()
                + (options.fromHandSet() ? "" : " --prior-zero"));
        lines.add("# trained on " + String.join(", ", sources) + ": " + examples.size() + " candidate spans, "
                + examples.stream().filter(Example::label).count() + " of them gold toponyms");
        lines.addAll(model.lines());
        if (options.out() == null) {
            lines.forEach(out::println);
        } else {
            Files.write(Path.of(options.out()), lines, StandardCharsets.UTF_8);
            err.printf(Locale.ROOT, "train-recognition: %d spans, model written to %s%n", examples.size(), options.out());
        }
        return 0;
    }
}
