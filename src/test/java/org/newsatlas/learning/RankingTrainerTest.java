package org.newsatlas.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.geocoding.RankingModel;
import org.newsatlas.geocoding.ResolutionFeature;
import org.newsatlas.learning.LogisticRegression.Example;

class RankingTrainerTest {

    /** Right minus wrong: in these pairs the right candidate always shares the focus country, the wrong one never. */
    private static List<Example> pairs() {
        List<Example> pairs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double[] difference = new double[ResolutionFeature.values().length];
            difference[ResolutionFeature.COUNTRY_FOCUS.ordinal()] = 1;
            difference[ResolutionFeature.POPULATION.ordinal()] = -10;
            double[] reverse = new double[difference.length];
            for (int f = 0; f < difference.length; f++) {
                reverse[f] = -difference[f];
            }
            pairs.add(new Example(difference, true));
            pairs.add(new Example(reverse, false));
        }
        return pairs;
    }

    @Test
    void the_pairs_raise_the_weight_of_what_the_right_candidates_have() {
        RankingModel model = new RankingTrainer(1, true).train("test", pairs());
        double[] difference = pairs().get(0).features();
        assertThat(model.score(difference)).as("the right candidate now wins its pairs").isGreaterThan(0);
        assertThat(RankingModel.handSet().score(difference)).as("the hand-set weights lost them").isLessThan(0);
        assertThat(model.weight(ResolutionFeature.COUNTRY_FOCUS))
                .isGreaterThan(ResolutionFeature.COUNTRY_FOCUS.handSetWeight());
    }

    @Test
    void a_feature_the_pairs_never_show_keeps_its_hand_set_weight() {
        RankingModel model = new RankingTrainer(1, true).train("test", pairs());
        assertThat(model.weight(ResolutionFeature.CONTINENT)).isCloseTo(
                ResolutionFeature.CONTINENT.handSetWeight(), within(1e-6));
    }

    @Test
    void without_the_hand_set_prior_a_feature_the_pairs_never_show_weighs_nothing() {
        RankingModel model = new RankingTrainer(1, false).train("test", pairs());
        assertThat(model.weight(ResolutionFeature.CONTINENT)).isCloseTo(0, within(1e-6));
        assertThat(model.weight(ResolutionFeature.COUNTRY_FOCUS)).isGreaterThan(0);
    }
}
