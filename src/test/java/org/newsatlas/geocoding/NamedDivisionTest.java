package org.newsatlas.geocoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;

/** A state or province the text names pulls a name to the namesake inside it ({@code NAMED_DIVISION}). */
class NamedDivisionTest {

    private static final GazetteerEntry OHIO = Place.state("Ohio", "US", "OH").at(40.29, -82.79).entry();
    private static final GazetteerEntry NEW_YORK = Place.state("New York", "US", "NY").at(42.9, -75.5).entry();
    private static final GazetteerEntry FLORIDA = Place.state("Florida", "US", "FL").at(28.75, -82.5)
            .population(20_000_000).entry();
    private static final GazetteerEntry COLUMBUS_OHIO = Place.town("Columbus").in("US", "OH").at(39.96, -83.0)
            .population(900_000).entry();
    private static final GazetteerEntry TORONTO = Place.town("Toronto").in("CA", "08").at(43.7, -79.42)
            .population(2_600_000).entry();
    private static final GazetteerEntry DUBLIN_OHIO = Place.town("Dublin").in("US", "OH").at(40.1, -83.11)
            .population(45_000).entry();
    private static final GazetteerEntry DUBLIN_IRELAND = Place.of("Dublin", "P", "PPLC").in("IE", "L")
            .at(53.33, -6.25).population(1_000_000).entry();

    @Test
    void a_named_state_pulls_with_the_share_of_the_other_names_inside_it() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(1, OHIO, 1);
        focus.add(2, COLUMBUS_OHIO, 1);
        focus.add(3, TORONTO, 1);
        assertThat(focus.namedDivisionShare(0, DUBLIN_OHIO)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(focus.namedDivisionShare(0, DUBLIN_IRELAND)).as("nothing named in Ireland").isZero();
        assertThat(CandidateScoring.contextual(DUBLIN_OHIO, focus, 0)
                - CandidateScoring.contextual(DUBLIN_OHIO, focus, 0, false))
                .isCloseTo(ResolutionWeights.NAMED_DIVISION * 2.0 / 3, within(1e-12));
    }

    @Test
    void a_state_known_only_from_a_town_in_it_is_not_named() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(2, COLUMBUS_OHIO, 1);
        focus.add(3, TORONTO, 1);
        assertThat(focus.sharesDivision(0, DUBLIN_OHIO)).as("the weaker evidence still counts").isTrue();
        assertThat(focus.namedDivisionShare(0, DUBLIN_OHIO)).isZero();
    }

    @Test
    void a_state_is_not_inside_itself_and_a_country_named_georgia_is_no_state() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(1, OHIO, 1);
        focus.add(2, Place.country("Georgia", "GE").entry(), 1);
        assertThat(focus.namedDivisionShare(0, Place.state("Ohio", "US", "OH").entry())).isZero();
        GazetteerEntry athensGeorgia = Place.town("Athens").in("US", "GA").entry();
        assertThat(focus.namedDivisionShare(0, athensGeorgia)).isZero();
    }

    @Test
    void a_named_state_pulls_a_namesake_called_by_its_own_name() {
        GazetteerEntry goshenIndiana = Place.town("Goshen").in("US", "IN").at(41.58, -85.83).population(34_000).entry();
        GazetteerEntry goshenNewYork = Place.town("Goshen").in("US", "NY").at(41.4, -74.32).population(5_000).entry();
        NameGroup goshen = groupIn(focusOnNewYork(), "Goshen", goshenIndiana, goshenNewYork);
        assertThat(namedDivision(goshen, goshenNewYork)).isEqualTo(1.0);
        assertThat(goshen.best()).isEqualTo(goshenNewYork);
    }

    @Test
    void a_place_reached_by_another_of_its_names_is_no_namesake() {
        GazetteerEntry pittsburgNewYork = Place.town("Pittsburg").alsoCalled("Pittsburgh").in("US", "NY")
                .at(42.0, -75.0).population(5_000).entry();
        NameGroup pittsburgh = groupIn(focusOnNewYork(), "Pittsburgh", pittsburgNewYork);
        assertThat(namedDivision(pittsburgh, pittsburgNewYork)).isZero();
    }

    @Test
    void a_states_name_beside_another_named_state_is_that_state() {
        GazetteerEntry floridaNewYork = Place.town("Florida").in("US", "NY").at(41.33, -74.36).population(2_800).entry();
        NameGroup florida = groupIn(focusOnNewYork(), "Florida", FLORIDA, floridaNewYork);
        assertThat(namedDivision(florida, floridaNewYork)).isZero();
        assertThat(florida.best()).isEqualTo(FLORIDA);
    }

    /** A story that names New York and nothing else. */
    private static DocumentFocus focusOnNewYork() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(1, NEW_YORK, 1);
        return focus;
    }

    private static NameGroup groupIn(DocumentFocus focus, String name, GazetteerEntry... candidates) {
        NameGroup group = new NameGroup(0, List.of(candidates));
        group.mentions().add(Mentions.of(name, candidates));
        group.scoreBy(focus, new CoLocation(List.of(group), List.of(group)));
        return group;
    }

    private static double namedDivision(NameGroup group, GazetteerEntry candidate) {
        return group.features()[group.candidates().indexOf(candidate)][ResolutionFeature.NAMED_DIVISION.ordinal()];
    }
}
