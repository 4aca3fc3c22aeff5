package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.extraction.RecognitionWeights.DEFAULT_THRESHOLD;
import static org.newsatlas.extraction.RecognitionWeights.DOUBT_MARGIN;

import org.junit.jupiter.api.Test;

class RecognitionSettingsTest {

    private final RecognitionSettings defaults = RecognitionSettings.defaults();

    @Test
    void a_score_at_the_threshold_is_accepted_and_not_doubted() {
        assertThat(defaults.threshold()).isEqualTo(DEFAULT_THRESHOLD);
        assertThat(defaults.accepts(DEFAULT_THRESHOLD)).isTrue();
        assertThat(defaults.doubts(DEFAULT_THRESHOLD)).isFalse();
    }

    @Test
    void a_score_short_of_the_threshold_by_no_more_than_the_margin_is_rejected_but_doubtful() {
        assertThat(defaults.accepts(DEFAULT_THRESHOLD - 0.01)).isFalse();
        assertThat(defaults.doubts(DEFAULT_THRESHOLD - 0.01)).isTrue();
        assertThat(defaults.doubts(DEFAULT_THRESHOLD - DOUBT_MARGIN)).isTrue();
    }

    @Test
    void a_score_short_by_more_than_the_margin_is_rejected_without_doubt() {
        assertThat(defaults.accepts(DEFAULT_THRESHOLD - DOUBT_MARGIN - 0.01)).isFalse();
        assertThat(defaults.doubts(DEFAULT_THRESHOLD - DOUBT_MARGIN - 0.01)).isFalse();
    }

    @Test
    void the_margin_follows_a_configured_threshold() {
        RecognitionSettings strict = new RecognitionSettings(true, true, 2.0);
        assertThat(strict.accepts(1.5)).isFalse();
        assertThat(strict.doubts(1.5)).isTrue();
        assertThat(strict.doubts(0.9)).isFalse();
    }
}
