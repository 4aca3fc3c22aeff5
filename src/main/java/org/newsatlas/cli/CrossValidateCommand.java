package org.newsatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsatlas.evaluation.Evaluation;
import org.newsatlas.extraction.RecognitionModel;
import org.newsatlas.extraction.RecognitionSettings;
import org.newsatlas.gazetteer.GazetteerProperties;
import org.newsatlas.geocoding.RankingModel;
import org.newsatlas.geoparser.OpenNlpGeoparser;
import org.newsatlas.geoparser.StandaloneGeoparser;

/**
 * {@code cross-validate GOLD.jsonl... [--folds K] [--seed S]}: the learned recognition model
 * against the hand-set weights on held-out documents ({@link CrossValidation}).
 */
final class CrossValidateCommand implements Command {

    @Override
    public String name() {
        return "cross-validate";
    }

    @Override
    public String usage() {
        return "cross-validate GOLD.jsonl... [--folds K] [--seed S] [--l2 X] [--prior-zero] [--threads N]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Optional<ModelOptions> parsed = ModelOptions.parseOrExplain(args, usage(), err);
        if (parsed.isEmpty()) {
            return 2;
        }
        ModelOptions options = parsed.get();
        long started = System.nanoTime();
        StandaloneGeoparser.Parts parts = StandaloneGeoparser.load(GazetteerProperties.defaults());
        RecognitionSettings settings = RecognitionSettings.defaults();
        OpenNlpGeoparser describer = parts.geoparser(settings, RankingModel.handSet());
        List<LabelledDocument> documents = new ArrayList<>();
        for (String file : options.files()) {
            List<JsonNode> gold = Evaluation.readGold(file);
            documents.addAll(LabelledDocument.describe(describer, gold, options.threads()));
        }
        CrossValidation<RecognitionModel> validation = new CrossValidation<>(
                model -> parts.geoparser(settings.withModel(model), RankingModel.handSet()), options.trainer()::train,
                RecognitionModel.handSet(), options.threads());
        validation.run(documents, options.folds(), options.seed()).forEach(out::println);
        err.printf(Locale.ROOT, "cross-validate: %d articles, %d folds, seed %d, l2 %s, %.0f s%n", documents.size(),
                options.folds(), options.seed(), options.l2(), (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
