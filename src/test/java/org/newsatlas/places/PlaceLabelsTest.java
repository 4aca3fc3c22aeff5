package org.newsatlas.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceLabelsTest {

    @Test
    void feature_codes_are_said_in_words() {
        assertThat(PlaceLabels.featureLabel("A", "PCLI")).isEqualTo("country");
        assertThat(PlaceLabels.featureLabel("A", "ADM1")).isEqualTo("first-order administrative division");
        assertThat(PlaceLabels.featureLabel("P", "PPLA3")).isEqualTo("city");
        assertThat(PlaceLabels.featureLabel("P", "PPLC")).isEqualTo("capital city");
        assertThat(PlaceLabels.featureLabel("T", "XYZ")).isEqualTo("mountain, hill or rock");
        assertThat(PlaceLabels.featureLabel("V", "FRST")).isEqualTo("forest or heath");
        assertThat(PlaceLabels.featureLabel(null, null)).isEqualTo("place");
    }

    @Test
    void country_codes_become_english_country_names() {
        assertThat(PlaceLabels.countryName("LY")).isEqualTo("Libya");
        assertThat(PlaceLabels.countryName("")).isEmpty();
    }

    @Test
    void a_country_is_not_said_to_be_in_itself() {
        assertThat(new PlaceSummary(1, "Libya", "LY", "A", "PCLI", 0, 0, 1, 1).description()).isEqualTo("country");
        assertThat(new PlaceSummary(3, "Bermuda Islands", "BM", "A", "PCLD", 0, 0, 1, 1).description())
                .isEqualTo("dependent territory");
        assertThat(new PlaceSummary(2, "Sirte", "LY", "P", "PPLA", 0, 0, 1, 1).description())
                .isEqualTo("regional capital in Libya");
    }
}
