package org.newsatlas.geocoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.GazetteerEntry;

/** One name's candidates: the choice between them, the town over its district, the confidence. */
class NameGroupTest {

    private static final GazetteerEntry COLUMBUS_OHIO = Place.town("Columbus").in("US", "OH")
            .at(39.96, -83.00).population(900_000).entry();
    private static final GazetteerEntry COLUMBUS_NEBRASKA = Place.town("Columbus").in("US", "NE")
            .at(41.43, -97.37).population(23_000).entry();
    private static final GazetteerEntry NORFOLK_NEBRASKA = Place.town("Norfolk").in("US", "NE")
            .at(42.03, -97.42).population(24_000).entry();
    private static final GazetteerEntry CARTHAGE_DISTRICT = Place.county("Carthage", "TN", "38", "3814")
            .at(36.85, 10.32).population(150_000).entry();

    private static NameGroup scored(GazetteerEntry... candidates) {
        return Mentions.group(0, Mentions.of(candidates[0].name(), candidates));
    }

    private static GazetteerEntry carthageTownAt(double latitude, double longitude) {
        return Place.town("Carthage").in("TN", "38").at(latitude, longitude).population(20_000).entry();
    }

    private static double intrinsic(GazetteerEntry candidate, PlaceMention mention) {
        return CandidateScoring.intrinsic(candidate, mention, List.of());
    }

    /** A candidate's softmax weight where the chosen one weighs 1. */
    private static double weightBeside(GazetteerEntry candidate, GazetteerEntry chosen, PlaceMention mention) {
        return Math.exp((intrinsic(candidate, mention) - intrinsic(chosen, mention)) / ResolutionWeights.TEMPERATURE);
    }

    @Test
    void co_location_support_tips_a_name_to_the_reading_among_the_other_names() {
        NameGroup columbus = new NameGroup(0, List.of(COLUMBUS_OHIO, COLUMBUS_NEBRASKA));
        columbus.mentions().add(Mentions.of("Columbus", COLUMBUS_OHIO, COLUMBUS_NEBRASKA));
        NameGroup norfolk = new NameGroup(1, List.of(NORFOLK_NEBRASKA));
        norfolk.mentions().add(Mentions.of("Norfolk", NORFOLK_NEBRASKA));
        List<NameGroup> groups = List.of(columbus, norfolk);
        columbus.scoreBy(null, new CoLocation(groups, groups));
        assertThat(columbus.best()).isEqualTo(COLUMBUS_NEBRASKA);
        assertThat(columbus.ranked(2).get(0).score()).isEqualTo(intrinsic(COLUMBUS_NEBRASKA, columbus.mentions().get(0))
                + ResolutionWeights.CO_LOCATION_WEIGHT * 1.0);
    }

    @Test
    void without_other_names_nearby_the_more_prominent_reading_wins() {
        assertThat(scored(COLUMBUS_OHIO, COLUMBUS_NEBRASKA).best()).isEqualTo(COLUMBUS_OHIO);
        assertThat(scored(COLUMBUS_NEBRASKA, COLUMBUS_OHIO).best()).as("whatever the order").isEqualTo(COLUMBUS_OHIO);
    }

    @Test
    void a_district_gives_way_to_its_own_town_at_the_same_point() {
        GazetteerEntry town = carthageTownAt(36.86, 10.33);
        NameGroup carthage = scored(CARTHAGE_DISTRICT, town);
        assertThat(carthage.best()).as("the district scores higher").isEqualTo(CARTHAGE_DISTRICT);
        carthage.preferTownOverItsDistrict();
        assertThat(carthage.best()).isEqualTo(town);
        assertThat(carthage.ranked(2)).extracting(ResolvedPlace.CandidateScore::place)
                .as("the town heads the ranking too").containsExactly(town, CARTHAGE_DISTRICT);
    }

    @Test
    void a_district_keeps_its_place_when_the_town_of_its_name_lies_elsewhere() {
        NameGroup carthage = scored(CARTHAGE_DISTRICT, carthageTownAt(37.85, 10.32));
        carthage.preferTownOverItsDistrict();
        assertThat(carthage.best()).isEqualTo(CARTHAGE_DISTRICT);
    }

    @Test
    void a_state_is_no_district_to_give_way() {
        GazetteerEntry state = Place.state("Carthage", "TN", "38").at(36.85, 10.32).population(150_000).entry();
        NameGroup carthage = scored(state, carthageTownAt(36.86, 10.33));
        carthage.preferTownOverItsDistrict();
        assertThat(carthage.best()).isEqualTo(state);
    }

    @Test
    void confidence_is_the_softmax_share_of_the_chosen_candidate() {
        PlaceMention mention = Mentions.of("Columbus", COLUMBUS_OHIO, COLUMBUS_NEBRASKA);
        NameGroup columbus = Mentions.group(0, mention);
        double rival = weightBeside(COLUMBUS_NEBRASKA, COLUMBUS_OHIO, mention);
        assertThat(columbus.confidence()).isCloseTo(1 / (1 + rival), within(1e-12));
    }

    @Test
    void candidates_at_the_chosen_point_count_towards_its_confidence() {
        GazetteerEntry town = Place.town("Carthage").in("TN", "38").at(36.86, 10.33).population(1_000_000).entry();
        GazetteerEntry districtHere = Place.county("Carthage", "TN", "38", "3814").at(36.85, 10.32).entry();
        GazetteerEntry districtApart = Place.county("Carthage", "TN", "38", "3814").at(37.50, 10.32).entry();
        GazetteerEntry rival = carthageTownAt(10, 10);
        PlaceMention mention = Mentions.of("Carthage", town, districtHere, rival);
        NameGroup here = Mentions.group(0, mention);
        NameGroup apart = scored(town, districtApart, rival);
        assertThat(here.best()).isEqualTo(town);
        double district = weightBeside(districtHere, town, mention);
        double other = weightBeside(rival, town, mention);
        assertThat(here.confidence()).isCloseTo((1 + district) / (1 + district + other), within(1e-12));
        assertThat(apart.confidence()).as("a district 70 km away is a rival")
                .isCloseTo(1 / (1 + district + other), within(1e-12));
    }

    @Test
    void a_name_with_one_candidate_is_certain() {
        assertThat(scored(NORFOLK_NEBRASKA).confidence()).isEqualTo(1.0);
    }
}
