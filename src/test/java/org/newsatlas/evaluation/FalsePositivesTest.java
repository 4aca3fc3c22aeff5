package org.newsatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsatlas.gazetteer.GazetteerEntry;

class FalsePositivesTest {

    @ParameterizedTest(name = "{0}.{1} is reported as {2}")
    @CsvSource({
            "A, PCLI, country", "A, PCLD, country", "A, ADM1, state/province", "A, ADM2, county",
            "A, ADM3, other admin", "P, PPLC, city/town", "L, RGN, region/area", "H, STM, water",
            "T, MT, terrain", "S, HTL, spot/building", "V, FRST, other"})
    void a_false_positive_is_reported_by_the_kind_of_place_it_was_taken_for(String featureClass, String featureCode,
            String kind) {
        GazetteerEntry place = new GazetteerEntry(1, "Somewhere", "Somewhere", List.of(), 0, 0, featureClass,
                featureCode, "XX", "", "", 0);

        assertThat(FalsePositives.kind(place)).isEqualTo(kind);
    }
}
