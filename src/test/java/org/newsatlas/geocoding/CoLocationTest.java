package org.newsatlas.geocoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;

/** Support a candidate gathers from the possible readings of the document's other names. */
class CoLocationTest {

    private static final GazetteerEntry COLUMBUS_NEBRASKA = Place.town("Columbus").in("US", "NE")
            .at(41.43, -97.37).population(23_000).entry();
    private static final GazetteerEntry COLUMBUS_OHIO = Place.town("Columbus").in("US", "OH")
            .at(39.96, -83.00).population(900_000).entry();
    private static final GazetteerEntry NORFOLK_NEBRASKA = Place.town("Norfolk").in("US", "NE")
            .at(42.03, -97.42).population(24_000).entry();
    private static final GazetteerEntry SCHUYLER_NEBRASKA = Place.town("Schuyler").in("US", "NE")
            .at(41.45, -97.06).population(6_000).entry();
    private static final GazetteerEntry PLATTE_COUNTY = Place.county("Platte County", "US", "NE", "141")
            .at(41.57, -97.52).entry();

    private static NameGroup name(int index, GazetteerEntry... readings) {
        return new NameGroup(index, List.of(readings));
    }

    private static double supportOf(GazetteerEntry candidate, NameGroup... others) {
        NameGroup own = name(99, candidate);
        List<NameGroup> supporters = new ArrayList<>(List.of(others));
        supporters.add(own);
        return new CoLocation(List.of(own), supporters).support(own, 0);
    }

    @Test
    void a_reading_near_the_only_reading_of_another_name_gains_full_support() {
        NameGroup columbus = name(0, COLUMBUS_OHIO, COLUMBUS_NEBRASKA);
        NameGroup norfolk = name(1, NORFOLK_NEBRASKA);
        CoLocation coLocation = new CoLocation(List.of(columbus, norfolk), List.of(columbus, norfolk));
        assertThat(coLocation.support(columbus, 1)).isEqualTo(1.0);
        assertThat(coLocation.support(columbus, 0)).as("Ohio is far from Norfolk").isZero();
    }

    @Test
    void a_name_with_many_readings_lends_each_a_share_of_its_support() {
        NameGroup washington = name(1, Place.town("Washington").at(41.40, -97.30).entry(),
                Place.town("Washington").at(10, 10).entry(),
                Place.town("Washington").at(20, 20).entry(), Place.town("Washington").at(30, 30).entry());
        assertThat(supportOf(COLUMBUS_NEBRASKA, washington)).isEqualTo(0.25);
    }

    @Test
    void support_stops_at_its_ceiling() {
        assertThat(supportOf(COLUMBUS_NEBRASKA, name(1, NORFOLK_NEBRASKA), name(2, SCHUYLER_NEBRASKA)))
                .isEqualTo(ResolutionWeights.MAX_CO_LOCATION_SUPPORT);
        assertThat(supportOf(COLUMBUS_NEBRASKA, name(1, NORFOLK_NEBRASKA), name(2, SCHUYLER_NEBRASKA),
                name(3, PLATTE_COUNTY))).isEqualTo(ResolutionWeights.MAX_CO_LOCATION_SUPPORT);
    }

    @Test
    void a_reading_beyond_the_co_location_distance_lends_nothing() {
        GazetteerEntry within = Place.town("Within").at(41.43 + 0.8, -97.37).entry();
        GazetteerEntry beyond = Place.town("Beyond").at(41.43 + 1.0, -97.37).entry();
        assertThat(supportOf(COLUMBUS_NEBRASKA, name(1, within))).as("89 km").isEqualTo(1.0);
        assertThat(supportOf(COLUMBUS_NEBRASKA, name(1, beyond))).as("111 km").isZero();
    }

    @Test
    void the_same_place_under_another_name_lends_no_support() {
        GazetteerEntry sameSpot = Place.town("Columbus Junction").at(41.43, -97.37).entry();
        assertThat(supportOf(COLUMBUS_NEBRASKA, name(1, COLUMBUS_NEBRASKA))).isZero();
        assertThat(supportOf(COLUMBUS_NEBRASKA, name(1, sameSpot))).as("another place at that point").isEqualTo(1.0);
    }

    @Test
    void countries_and_states_neither_gain_nor_lend_co_location_support() {
        GazetteerEntry nebraska = Place.state("Nebraska", "US", "NE").at(42.03, -97.40).entry();
        GazetteerEntry unitedStates = Place.country("United States", "US").at(41.43, -97.37).entry();
        assertThat(supportOf(COLUMBUS_NEBRASKA, name(1, unitedStates))).isZero();
        assertThat(supportOf(nebraska, name(1, NORFOLK_NEBRASKA))).isZero();
        assertThat(supportOf(PLATTE_COUNTY, name(1, NORFOLK_NEBRASKA))).as("a county is point-like").isEqualTo(1.0);
    }

    @Test
    void a_name_does_not_support_itself() {
        NameGroup columbus = name(0, COLUMBUS_NEBRASKA, Place.town("Columbus").at(41.50, -97.30).entry());
        CoLocation coLocation = new CoLocation(List.of(columbus), List.of(columbus));
        assertThat(coLocation.support(columbus, 0)).isZero();
        assertThat(coLocation.supportOfBest(columbus)).isZero();
    }
}
