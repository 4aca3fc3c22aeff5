package org.newsatlas.geoparser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsatlas.extraction.RecognitionFeature;

class GeoparserPropertiesTest {

    @Test
    void the_hand_set_weights_are_the_default_recognition_model() {
        GeoparserProperties defaults = new GeoparserProperties(true, true, 1.0, "hand-set");
        assertThat(defaults.recognitionSettings().model().name()).isEqualTo("hand-set");
        assertThat(defaults.recognitionSettings().model().weight(RecognitionFeature.NAME_FINDER))
                .isEqualTo(RecognitionFeature.NAME_FINDER.handSetWeight());
    }

    @Test
    void the_learned_model_is_chosen_by_name() {
        GeoparserProperties learned = new GeoparserProperties(true, true, 1.0, "learned");
        assertThat(learned.recognitionSettings().model().name()).isEqualTo("learned");
    }

    @Test
    void an_unknown_model_name_is_refused() {
        assertThatThrownBy(() -> GeoparserProperties.model("boosted")).isInstanceOf(IllegalArgumentException.class);
    }
}
