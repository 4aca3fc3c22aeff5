package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.extraction.Places.alsoKnownAs;
import static org.newsatlas.extraction.Places.continent;
import static org.newsatlas.extraction.Places.country;
import static org.newsatlas.extraction.Places.firstOrderDivision;
import static org.newsatlas.extraction.Places.region;
import static org.newsatlas.extraction.Places.town;
import static org.newsatlas.extraction.RecognitionWeights.CITY;
import static org.newsatlas.extraction.RecognitionWeights.CITY_POPULATION;
import static org.newsatlas.extraction.RecognitionWeights.LARGE_DIVISION_POPULATION;
import static org.newsatlas.extraction.RecognitionWeights.MAJOR_PLACE;
import static org.newsatlas.extraction.RecognitionWeights.SMALL_PLACES_ONLY;
import static org.newsatlas.extraction.RecognitionWeights.TOWN;
import static org.newsatlas.extraction.RecognitionWeights.TOWN_POPULATION;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.NameNormalizer;

class CandidatePlacesTest {

    /** A span that reads as the first place's own name. */
    private static SpanCandidate named(GazetteerEntry... entries) {
        return written(entries[0].name(), entries);
    }

    private static SpanCandidate written(String text, GazetteerEntry... entries) {
        return new SpanCandidate(0, 0, 1, List.of(entries), false, false, NameNormalizer.normalize(text));
    }

    @Test
    void a_country_a_continent_or_a_region_is_a_major_place() {
        assertThat(CandidatePlaces.prominence(named(country("Chad")))).isEqualTo(MAJOR_PLACE);
        assertThat(CandidatePlaces.prominence(named(continent("Africa")))).isEqualTo(MAJOR_PLACE);
        assertThat(CandidatePlaces.prominence(named(region("Sahel")))).isEqualTo(MAJOR_PLACE);
    }

    @Test
    void a_first_order_division_is_a_major_place_from_its_population_on() {
        assertThat(CandidatePlaces.isMajorPlace(named(firstOrderDivision("Ohio", LARGE_DIVISION_POPULATION)))).isTrue();
        assertThat(CandidatePlaces.isMajorPlace(named(firstOrderDivision("Michael", LARGE_DIVISION_POPULATION - 1))))
                .isFalse();
        assertThat(CandidatePlaces.prominence(named(firstOrderDivision("Michael", 1_000)))).isZero();
    }

    @Test
    void a_place_weighs_as_a_city_from_the_city_population_on() {
        assertThat(CandidatePlaces.prominence(named(town("Sfax", CITY_POPULATION)))).isEqualTo(CITY);
        assertThat(CandidatePlaces.prominence(named(town("Gabes", CITY_POPULATION - 1)))).isEqualTo(TOWN);
    }

    @Test
    void a_place_weighs_as_a_town_from_the_town_population_on_and_a_village_not_at_all() {
        assertThat(CandidatePlaces.prominence(named(town("Tozeur", TOWN_POPULATION)))).isEqualTo(TOWN);
        assertThat(CandidatePlaces.prominence(named(town("Douz", TOWN_POPULATION - 1)))).isZero();
    }

    @Test
    void a_name_only_villages_bear_weighs_against_a_place() {
        assertThat(CandidatePlaces.smallPlacesOnly(named(town("Douz", TOWN_POPULATION - 1), town("Douz", 800))))
                .isEqualTo(SMALL_PLACES_ONLY);
    }

    @Test
    void a_name_that_a_town_or_a_major_place_bears_does_not() {
        assertThat(CandidatePlaces.smallPlacesOnly(named(town("Tozeur", 800), town("Tozeur", TOWN_POPULATION))))
                .isZero();
        assertThat(CandidatePlaces.smallPlacesOnly(named(region("Sahel")))).isZero();
    }

    @Test
    void a_river_or_a_mountain_has_no_population_and_is_no_small_place() {
        assertThat(CandidatePlaces.smallPlacesOnly(named(town("Nile", 300), Places.entry("Nile", "H", "STM", 0))))
                .isZero();
        assertThat(CandidatePlaces.smallPlacesOnly(named(Places.entry("Ushba", "T", "MT", 0)))).isZero();
    }

    @Test
    void the_most_prominent_place_of_the_name_decides() {
        assertThat(CandidatePlaces.prominence(named(town("Paris", 800), town("Paris", 2_000_000)))).isEqualTo(CITY);
        assertThat(CandidatePlaces.prominence(named(town("Georgia", 800), country("Georgia")))).isEqualTo(MAJOR_PLACE);
    }

    @Test
    void a_city_called_by_one_of_its_alternate_names_weighs_nothing() {
        GazetteerEntry hamm = alsoKnownAs(town("Hamm", 179_000), "Hamas");
        assertThat(CandidatePlaces.prominence(written("Hamas", hamm))).isZero();
        assertThat(CandidatePlaces.prominence(written("Hamm", hamm))).isEqualTo(CITY);
    }

    @Test
    void a_city_called_by_its_ascii_name_or_the_name_before_its_comma_weighs_as_a_city() {
        GazetteerEntry zurich = new GazetteerEntry(1, "Zürich", "Zurich", List.of(), 0, 0, "P", "PPLA", "CH", "25", "",
                400_000);
        GazetteerEntry washington = alsoKnownAs(town("Washington, D.C.", 690_000), "D.C.");
        assertThat(CandidatePlaces.prominence(written("Zurich", zurich))).isEqualTo(CITY);
        assertThat(CandidatePlaces.prominence(written("Washington", washington))).isEqualTo(CITY);
        assertThat(CandidatePlaces.prominence(written("D.C.", washington))).isZero();
    }

    @Test
    void a_large_county_called_by_the_first_words_of_its_name_weighs_as_a_town() {
        GazetteerEntry clarke = alsoKnownAs(Places.entry("Clarke County", "A", "ADM2", 136_000), "Clarke");
        assertThat(CandidatePlaces.prominence(written("Clarke", clarke))).isEqualTo(TOWN);
        assertThat(CandidatePlaces.prominence(written("Clarke County", clarke))).isEqualTo(CITY);
    }

    @Test
    void an_alternate_name_does_not_outweigh_a_place_of_that_own_name() {
        GazetteerEntry casablanca = alsoKnownAs(town("Casablanca", 3_000_000), "White House");
        assertThat(CandidatePlaces.prominence(written("White House", casablanca, town("White House", 11_000))))
                .isEqualTo(TOWN);
    }

    @Test
    void only_a_country_or_a_continent_is_a_country_or_continent() {
        assertThat(CandidatePlaces.isCountryOrContinent(named(country("Georgia")))).isTrue();
        assertThat(CandidatePlaces.isCountryOrContinent(named(continent("Africa")))).isTrue();
        assertThat(CandidatePlaces.isCountryOrContinent(named(region("Sahel")))).isFalse();
        assertThat(CandidatePlaces.isCountryOrContinent(named(firstOrderDivision("Georgia", 10_000_000)))).isFalse();
    }
}
