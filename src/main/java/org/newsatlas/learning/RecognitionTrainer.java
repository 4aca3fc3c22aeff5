package org.newsatlas.learning;

import java.util.List;
import org.newsatlas.extraction.RecognitionFeature;
import org.newsatlas.extraction.RecognitionModel;
import org.newsatlas.learning.LogisticRegression.Example;

/** Fits a recognition model (keep or drop a candidate span) on labelled candidate spans. */
public final class RecognitionTrainer {

    /**
     * The L2 penalty the shipped model is trained with, towards the hand-set weights. Fixed before
     * the figures with it were seen, not tuned: a weight moves a unit from its hand-set value only
     * when that gains about ten candidate spans' worth of log-loss.
     */
    public static final double DEFAULT_L2 = 10.0;

    private final LogisticRegression regression;
    private final boolean fromHandSet;

    /**
     * @param fromHandSet pull the weights towards the hand-set weights (read as log-odds) rather
     *                    than towards 0: evidence the dev data barely show keeps its general weight
     */
    public RecognitionTrainer(double l2, boolean fromHandSet) {
        this.regression = new LogisticRegression(l2);
        this.fromHandSet = fromHandSet;
    }

    /**
     * Demonyms are left out of the examples: whether "Libyan" counts as a mention of Libya is a
     * setting ({@code newsatlas.geoparser.include-demonyms}) on which the corpora disagree (LGL
     * marks demonyms, GeoVirus does not), not evidence to learn. Their two features then never
     * fire in training and keep their prior, the hand-set weights.
     */
    public RecognitionModel train(String name, List<Example> examples) {
        List<Example> places = examples.stream().filter(example -> !isDemonym(example)).toList();
        double[] prior = new double[RecognitionFeature.values().length];
        if (fromHandSet) {
            for (RecognitionFeature feature : RecognitionFeature.values()) {
                prior[feature.ordinal()] = feature.handSetWeight();
            }
        }
        LogisticRegression.Fit fit = regression.fit(places, prior);
        return RecognitionModel.learned(name, fit.bias(), fit.weights());
    }

    private static boolean isDemonym(Example example) {
        return example.features()[RecognitionFeature.DEMONYM.ordinal()] != 0
                || example.features()[RecognitionFeature.DEMONYM_INSIDE_NAME.ordinal()] != 0;
    }
}
