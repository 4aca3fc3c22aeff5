package org.newsatlas.geocoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsatlas.gazetteer.GazetteerEntry;

/** How likely a place is meant before the document is read: its kind and its population. */
class ProminenceTest {

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("A", "PCLI", ResolutionWeights.COUNTRY_KIND),
                Arguments.of("A", "PCL", ResolutionWeights.COUNTRY_KIND),
                Arguments.of("A", "PCLD", ResolutionWeights.DEPENDENCY_KIND),
                Arguments.of("A", "TERR", ResolutionWeights.DEPENDENCY_KIND),
                Arguments.of("A", "ADM1", ResolutionWeights.FIRST_ORDER_DIVISION_KIND),
                Arguments.of("A", "ADM1H", ResolutionWeights.FIRST_ORDER_DIVISION_KIND),
                Arguments.of("A", "ADM2", ResolutionWeights.SECOND_ORDER_DIVISION_KIND),
                Arguments.of("A", "ZN", ResolutionWeights.ZONE_KIND),
                Arguments.of("A", "ADM3", ResolutionWeights.OTHER_ADMINISTRATIVE_KIND),
                Arguments.of("L", "CONT", ResolutionWeights.CONTINENT_KIND),
                Arguments.of("L", "RGN", ResolutionWeights.REGION_KIND),
                Arguments.of("L", "RGNE", ResolutionWeights.REGION_KIND),
                Arguments.of("L", "PRK", ResolutionWeights.OTHER_AREA_KIND),
                Arguments.of("P", "PPLC", ResolutionWeights.CAPITAL_KIND),
                Arguments.of("P", "PPLA", ResolutionWeights.FIRST_ORDER_SEAT_KIND),
                Arguments.of("P", "PPLA2", ResolutionWeights.SECOND_ORDER_SEAT_KIND),
                Arguments.of("P", "PPLG", ResolutionWeights.SEAT_OF_GOVERNMENT_KIND),
                Arguments.of("P", "PPLX", ResolutionWeights.SECTION_OF_PLACE_KIND),
                Arguments.of("P", "PPL", ResolutionWeights.PLAIN_TOWN_KIND),
                Arguments.of("H", "LK", ResolutionWeights.WATER_OR_TERRAIN_KIND),
                Arguments.of("T", "MT", ResolutionWeights.WATER_OR_TERRAIN_KIND),
                Arguments.of("S", "HTL", ResolutionWeights.SPOT_KIND),
                Arguments.of("V", "FRST", ResolutionWeights.UNKNOWN_KIND),
                Arguments.of(null, null, ResolutionWeights.UNKNOWN_KIND));
    }

    @ParameterizedTest(name = "{0}.{1} weighs {2}")
    @MethodSource("kinds")
    void every_kind_of_place_has_its_named_weight(String featureClass, String featureCode, double weight) {
        assertThat(Prominence.kindWeight(Place.of("X", featureClass, featureCode).entry())).isEqualTo(weight);
    }

    @Test
    void a_country_outranks_a_town_of_its_name_and_equal_population() {
        GazetteerEntry country = Place.country("Georgia", "GE").population(3_700_000).entry();
        GazetteerEntry town = Place.town("Georgia").population(3_700_000).entry();
        assertThat(Prominence.of(country)).isGreaterThan(Prominence.of(town));
    }

    @Test
    void a_capital_outranks_a_provincial_seat_of_equal_population() {
        GazetteerEntry capital = Place.of("Tripoli", "P", "PPLC").population(200_000).entry();
        GazetteerEntry seat = Place.of("Tripoli", "P", "PPLA").population(200_000).entry();
        assertThat(Prominence.of(capital)).isGreaterThan(Prominence.of(seat));
    }

    @Test
    void population_decides_between_places_of_one_kind() {
        GazetteerEntry city = Place.town("Columbus").population(999_999).entry();
        GazetteerEntry village = Place.town("Columbus").population(999).entry();
        assertThat(Prominence.of(city) - Prominence.of(village))
                .isCloseTo(3 * ResolutionWeights.POPULATION, within(1e-9));
    }

    @Test
    void places_of_one_kind_and_one_size_weigh_the_same() {
        GazetteerEntry one = Place.town("Springfield").in("US", "IL").population(5_000).entry();
        GazetteerEntry other = Place.town("Springfield").in("US", "MO").population(5_000).entry();
        assertThat(Prominence.of(one)).isEqualTo(Prominence.of(other));
    }

    @Test
    void a_continent_outweighs_a_city_of_millions_named_after_it() {
        GazetteerEntry continent = Place.of("America", "L", "CONT").entry();
        GazetteerEntry city = Place.town("America").population(10_000_000).entry();
        assertThat(Prominence.of(continent)).isGreaterThan(Prominence.of(city));
    }

    @Test
    void a_park_does_not_outweigh_a_town_named_after_it() {
        GazetteerEntry park = Place.of("Yellowstone", "L", "PRK").entry();
        GazetteerEntry town = Place.town("Yellowstone").population(10_000).entry();
        assertThat(Prominence.of(park)).isLessThan(Prominence.of(town));
    }

    @Test
    void a_section_of_a_city_counts_for_less_than_a_town() {
        GazetteerEntry section = Place.of("Harlem", "P", "PPLX").population(100_000).entry();
        GazetteerEntry town = Place.town("Harlem").population(100_000).entry();
        assertThat(Prominence.of(section)).isLessThan(Prominence.of(town));
    }
}
