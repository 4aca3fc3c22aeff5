package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecognitionModelTest {

    private static double[] firing(RecognitionFeature... features) {
        double[] vector = new double[RecognitionFeature.values().length];
        for (RecognitionFeature feature : features) {
            vector[feature.ordinal()] = 1;
        }
        return vector;
    }

    @Test
    void the_hand_set_model_sums_the_weights_of_the_features_that_fired() {
        double score = RecognitionModel.handSet().score(firing(RecognitionFeature.NOT_OPENING_SENTENCE,
                RecognitionFeature.NAME_FINDER, RecognitionFeature.COMMON_WORD));
        assertThat(score).isEqualTo(RecognitionWeights.NOT_OPENING_SENTENCE + RecognitionWeights.NAME_FINDER
                + RecognitionWeights.COMMON_WORD);
        assertThat(RecognitionModel.handSet().score(firing())).isZero();
    }

    @Test
    void a_learned_model_scores_its_log_odds_shifted_to_the_default_threshold() {
        double[] weights = new double[RecognitionFeature.values().length];
        weights[RecognitionFeature.NAME_FINDER.ordinal()] = 3;
        RecognitionModel model = RecognitionModel.learned("test", -2, weights);
        // log-odds 0 (a place as likely as not) sits right at the default threshold
        assertThat(model.score(firing())).isEqualTo(-2 + RecognitionWeights.DEFAULT_THRESHOLD);
        assertThat(model.score(firing(RecognitionFeature.NAME_FINDER))).isEqualTo(1 + RecognitionWeights.DEFAULT_THRESHOLD);
    }

    @Test
    void a_model_written_as_lines_reads_back_the_same() throws Exception {
        double[] weights = new double[RecognitionFeature.values().length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i / 8.0 - 1;
        }
        RecognitionModel model = RecognitionModel.learned("test", -1.25, weights);
        String text = "# a comment\n" + String.join("\n", model.lines()) + "\n";
        RecognitionModel read = RecognitionModel.read("copy", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.bias()).isEqualTo(-1.25);
        for (RecognitionFeature feature : RecognitionFeature.values()) {
            assertThat(read.weight(feature)).isEqualTo(model.weight(feature));
        }
    }

    @Test
    void a_model_file_without_every_feature_is_refused() {
        String text = "bias\t-1\nNAME_FINDER\t2\n";
        assertThatThrownBy(() -> RecognitionModel.read("short", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_shipped_model_has_a_weight_for_every_feature() {
        RecognitionModel shipped = RecognitionModel.loadLearned();
        assertThat(shipped.weight(RecognitionFeature.NAME_FINDER)).isPositive();
        assertThat(shipped.weight(RecognitionFeature.TIME_WORD)).isNegative();
    }

    @Test
    void a_rule_s_weight_names_the_outcome_that_fired() {
        assertThat(RecognitionFeature.firedAmong(RecognitionWeights.CITY, RecognitionFeature.MAJOR_PLACE,
                RecognitionFeature.CITY, RecognitionFeature.TOWN)).isEqualTo(RecognitionFeature.CITY);
        assertThat(RecognitionFeature.firedAmong(0, RecognitionFeature.MAJOR_PLACE)).isNull();
    }
}
