package org.newsatlas.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        LabelledCorpus corpus = LabelledCorpus.read(options.files(), geoparser, LabelledDocument::describe,
                options.threads());
        List<Example> examples = corpus.examples();
        RecognitionModel model = options.trainer().train("learned", examples);
        List<String> lines = new ArrayList<>();
        lines.add("# NewsAtlas recognition model: logistic regression (log-odds) over RecognitionFeature");
        lines.add(ModelFile.writtenBy(name(), options));
        lines.add("# trained on " + corpus.describeSources() + ": " + examples.size() + " candidate spans, "
                + examples.stream().filter(Example::label).count() + " of them gold toponyms");
        lines.addAll(model.lines());
        ModelFile.write(name(), lines, options, examples.size() + " spans", out, err);
        return 0;
    }
}
