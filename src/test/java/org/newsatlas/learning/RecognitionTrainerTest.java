package org.newsatlas.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.extraction.RecognitionFeature;
import org.newsatlas.extraction.RecognitionModel;
import org.newsatlas.learning.LogisticRegression.Example;

class RecognitionTrainerTest {

    private static double[] firing(RecognitionFeature... features) {
        double[] vector = new double[RecognitionFeature.values().length];
        for (RecognitionFeature feature : features) {
            vector[feature.ordinal()] = 1;
        }
        return vector;
    }

    /** Spans the name finder marked are places; demonyms in these examples are never places. */
    private static List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            examples.add(new Example(firing(RecognitionFeature.NAME_FINDER), true));
            examples.add(new Example(firing(RecognitionFeature.COMMON_WORD), false));
            examples.add(new Example(firing(RecognitionFeature.DEMONYM), false));
        }
        return examples;
    }

    @Test
    void the_data_move_a_weight_away_from_its_hand_set_value() {
        RecognitionModel model = new RecognitionTrainer(1, true).train("test", examples());
        assertThat(model.weight(RecognitionFeature.NAME_FINDER)).isNotEqualTo(RecognitionFeature.NAME_FINDER.handSetWeight());
        assertThat(model.score(firing(RecognitionFeature.NAME_FINDER)))
                .isGreaterThan(model.score(firing(RecognitionFeature.COMMON_WORD)));
    }

    @Test
    void demonyms_are_a_setting_and_keep_their_hand_set_weight() {
        RecognitionModel model = new RecognitionTrainer(1, true).train("test", examples());
        assertThat(model.weight(RecognitionFeature.DEMONYM)).isEqualTo(RecognitionFeature.DEMONYM.handSetWeight(),
                org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void without_the_hand_set_prior_an_unseen_feature_weighs_nothing() {
        RecognitionModel model = new RecognitionTrainer(1, false).train("test", examples());
        assertThat(model.weight(RecognitionFeature.DISEASE_WORD_AFTER)).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-12));
        RecognitionModel fromHandSet = new RecognitionTrainer(1, true).train("test", examples());
        assertThat(fromHandSet.weight(RecognitionFeature.DISEASE_WORD_AFTER)).isNegative();
    }
}
