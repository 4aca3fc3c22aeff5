package org.newsatlas.learning;

import java.util.List;
import org.newsatlas.geocoding.RankingModel;
import org.newsatlas.geocoding.ResolutionFeature;
import org.newsatlas.learning.LogisticRegression.Example;

/**
 * Fits a ranking model on pairs of candidates of one name (right minus wrong features, and the
 * reverse): a pairwise logistic regression, so a weight is how much a unit of its feature raises
 * the log-odds that a candidate is the right one against a rival. The commands train it with the
 * recognition model's penalty ({@link RecognitionTrainer#DEFAULT_L2}), taken over untuned.
 */
public final class RankingTrainer {

    private final LogisticRegression regression;
    private final boolean fromHandSet;

    public RankingTrainer(double l2, boolean fromHandSet) {
        this.regression = new LogisticRegression(l2);
        this.fromHandSet = fromHandSet;
    }

    /**
     * The pairs come both ways round, so the fitted bias is 0 up to rounding and a ranking has no
     * use for it: only the weights are kept.
     */
    public RankingModel train(String name, List<Example> pairs) {
        double[] prior = new double[ResolutionFeature.values().length];
        if (fromHandSet) {
            for (ResolutionFeature feature : ResolutionFeature.values()) {
                prior[feature.ordinal()] = feature.handSetWeight();
            }
        }
        return RankingModel.learned(name, regression.fit(pairs, prior).weights());
    }
}
