package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NlpModelsTest {

    @Test
    void the_tagger_and_the_name_finder_search_with_the_beam_width_set_here() {
        NlpModels models = NlpModels.loadFromClasspath();
        assertThat(models.partsOfSpeech().getManifestProperty("BeamSize"))
                .isEqualTo(Integer.toString(NlpModels.TAGGER_BEAM));
        assertThat(models.locations().getManifestProperty("BeamSize"))
                .isEqualTo(Integer.toString(NlpModels.NAME_FINDER_BEAM));
    }
}
