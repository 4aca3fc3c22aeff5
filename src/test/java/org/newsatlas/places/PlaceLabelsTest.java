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
        assertThat(new PlaceSummary(1, "Libya", "LY", "A", "PCLI", null, 0, 0, 1, 1).description()).isEqualTo("country");
        assertThat(new PlaceSummary(3, "Bermuda Islands", "BM", "A", "PCLD", null, 0, 0, 1, 1).description())
                .isEqualTo("dependent territory");
        assertThat(new PlaceSummary(2, "Sirte", "LY", "P", "PPLA", null, 0, 0, 1, 1).description())
                .isEqualTo("regional capital in Libya");
    }

    @Test
    void a_place_in_a_state_names_the_state_before_the_country() {
        assertThat(new PlaceSummary(4, "Springfield", "US", "P", "PPLA", "Illinois", 0, 0, 1, 1).description())
                .isEqualTo("regional capital in Illinois, United States");
        assertThat(new StoredPlace(5, 4250542, "Springfield", "US", "P", "PPLA", "Illinois", 0, 0, 0).description())
                .isEqualTo("regional capital in Illinois, United States");
        assertThat(new PlaceSummary(6, "Sangamon County", "US", "A", "ADM2", "Illinois", 0, 0, 1, 1).description())
                .isEqualTo("second-order administrative division in Illinois, United States");
    }

    @Test
    void a_division_of_the_same_name_as_the_place_is_not_named_again() {
        assertThat(new PlaceSummary(9, "Tripoli", "LY", "P", "PPLC", "Tripoli", 0, 0, 1, 1).description())
                .isEqualTo("capital city in Libya");
        assertThat(new PlaceSummary(10, "Tunis", "TN", "P", "PPLC", "Tunis Governorate", 0, 0, 1, 1).description())
                .isEqualTo("capital city in Tunis Governorate, Tunisia");
    }

    @Test
    void a_state_is_not_said_to_be_in_itself_and_an_unknown_state_is_left_out() {
        assertThat(new PlaceSummary(7, "Illinois", "US", "A", "ADM1", "Illinois", 0, 0, 1, 1).description())
                .isEqualTo("first-order administrative division in United States");
        assertThat(new PlaceSummary(8, "Springfield", "US", "P", "PPLA", null, 0, 0, 1, 1).description())
                .isEqualTo("regional capital in United States");
    }
}
