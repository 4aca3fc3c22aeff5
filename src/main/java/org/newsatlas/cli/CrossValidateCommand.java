package org.newsatlas.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.newsatlas.extraction.RecognitionModel;
import org.newsatlas.extraction.RecognitionSettings;
import org.newsatlas.gazetteer.GazetteerProperties;
import org.newsatlas.geocoding.RankingModel;
import org.newsatlas.geoparser.OpenNlpGeoparser;
import org.newsatlas.geoparser.StandaloneGeoparser;
import org.newsatlas.learning.LogisticRegression.Example;

/**
 * {@code cross-validate GOLD.jsonl... [--folds K] [--seed S]}: a learned model against the hand-set
 * weights on held-out documents ({@link CrossValidation}); {@code cross-validate} does it for the
 * recognition model, {@code cross-validate-ranking} for the ranking of candidates.
 */
final class CrossValidateCommand<M> implements Command {

    /**
     * What is learned: how a gold article becomes examples, how a model becomes a geoparser (given the
     * loaded parts and the default recognition settings), how one is trained, and the hand-set model.
     */
    record Learned<M>(String command, LabelledCorpus.Labelling labelling,
            Geoparsers<M> geoparsers, Function<ModelOptions, BiFunction<String, List<Example>, M>> trainer,
            M handSet) {
    }

    @FunctionalInterface
    interface Geoparsers<M> {
        OpenNlpGeoparser make(StandaloneGeoparser.Parts parts, RecognitionSettings settings, M model);
    }

    private final Learned<M> learned;

    CrossValidateCommand(Learned<M> learned) {
        this.learned = learned;
    }

    static CrossValidateCommand<RecognitionModel> recognition() {
        return new CrossValidateCommand<>(new Learned<>("cross-validate", LabelledDocument::describe,
                (parts, settings, model) -> parts.geoparser(settings.withModel(model), RankingModel.handSet()),
                options -> options.trainer()::train, RecognitionModel.handSet()));
    }

    static CrossValidateCommand<RankingModel> ranking() {
        return new CrossValidateCommand<>(new Learned<>("cross-validate-ranking", LabelledDocument::ranked,
                (parts, settings, model) -> parts.geoparser(settings, model),
                options -> options.rankingTrainer()::train, RankingModel.handSet()));
    }

    @Override
    public String name() {
        return learned.command();
    }

    @Override
    public String usage() {
        return name() + " GOLD.jsonl... [--folds K] [--seed S] [--l2 X] [--prior-zero] [--threads N]";
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
        List<LabelledDocument> documents = LabelledCorpus.read(options.files(), describer, learned.labelling(),
                options.threads()).documents();
        CrossValidation<M> validation = new CrossValidation<>(
                model -> learned.geoparsers().make(parts, settings, model), learned.trainer().apply(options),
                learned.handSet(), options.threads());
        validation.run(documents, options.folds(), options.seed()).forEach(out::println);
        err.printf(Locale.ROOT, "%s: %d articles, %d folds, seed %d, l2 %s, %.0f s%n", name(), documents.size(),
                options.folds(), options.seed(), options.l2(), (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
