package org.newsatlas.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceLabelsTest {

    @Test
    void feature_codes_are_said_in_words() {
        assertThat(PlaceLabels.featureLabel("A", "PCLI")).isEqualTo("country");
        assertThat(PlaceLabels.featureLabel("A", "ADM1")).isEqualTo("first-order administrative division");
        assertThat(PlaceLabels.featureLabel("P", "PPLA3")).isEqualTo("city");
        assertThat(PlaceLabels.featureLabel("T", "XYZ")).isEqualTo("mountain, hill or rock");
        assertThat(PlaceLabels.featureLabel(null, null)).isEqualTo("place");
    }

    @Test
    void country_codes_become_english_country_names() {
        assertThat(PlaceLabels.countryName("LY")).isEqualTo("Libya");
        assertThat(PlaceLabels.countryName("")).isEmpty();
    }
}
