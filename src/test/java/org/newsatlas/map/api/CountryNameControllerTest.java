package org.newsatlas.map.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryNameControllerTest {

    @Test
    void countries_are_named_as_geonames_names_them_by_their_alpha_2_code() {
        var names = new CountryNameController().countryNames().getBody();
        assertThat(names).containsEntry("TR", "Türkiye").containsEntry("LY", "Libya").doesNotContainValue("Turkey");
        assertThat(names).hasSizeGreaterThan(200);
    }
}
