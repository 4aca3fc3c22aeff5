package org.newsatlas.geocoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.GeoDistance;

/** What the document's names, as currently chosen, say about where it is. */
class DocumentFocusTest {

    private static final GazetteerEntry LIBYA = Place.country("Libya", "LY").at(28.0, 17.0).entry();
    private static final GazetteerEntry SIRTE = Place.town("Sirte").in("LY", "62").at(31.21, 16.59).entry();
    private static final GazetteerEntry MISRATA = Place.town("Misrata").in("LY", "58").at(32.38, 15.09).entry();
    private static final GazetteerEntry TUNIS = Place.town("Tunis").in("TN", "38").at(36.82, 10.17).entry();
    private static final GazetteerEntry TRIPOLI = Place.town("Tripoli").in("LY", "77").at(32.89, 13.19).entry();

    @Test
    void a_named_country_counts_as_two_mentions_of_a_place_in_it() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(0, LIBYA, 1);
        focus.add(1, TUNIS, 1);
        double expected = ResolutionWeights.COUNTRY_MENTION_WEIGHT / (ResolutionWeights.COUNTRY_MENTION_WEIGHT + 1);
        assertThat(focus.countryShare(2, TRIPOLI)).isCloseTo(expected, within(1e-12)).isGreaterThan(0.5);
    }

    @Test
    void a_town_counts_as_one_mention() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(0, SIRTE, 1);
        focus.add(1, TUNIS, 1);
        assertThat(focus.countryShare(2, TRIPOLI)).isEqualTo(0.5);
    }

    @Test
    void every_mention_of_a_name_weighs() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(0, SIRTE, 3);
        focus.add(1, TUNIS, 1);
        assertThat(focus.countryShare(2, TRIPOLI)).isEqualTo(0.75);
    }

    @Test
    void a_name_is_never_its_own_evidence() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(0, TRIPOLI, 1);
        focus.add(1, TUNIS, 1);
        assertThat(focus.countryShare(0, TRIPOLI)).isZero();
        assertThat(focus.countryShare(1, SIRTE)).as("for another name, Tripoli counts").isEqualTo(1.0);
        assertThat(focus.nearestOtherKm(0, TRIPOLI)).isEqualTo(GeoDistance.km(TRIPOLI, TUNIS));
        assertThat(focus.sharesDivision(0, TRIPOLI)).isFalse();
    }

    @Test
    void a_document_of_one_name_has_no_focus_for_it() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(0, TRIPOLI, 2);
        assertThat(focus.countryShare(0, TRIPOLI)).isZero();
        assertThat(focus.nearestOtherKm(0, TRIPOLI)).isInfinite();
    }

    @Test
    void another_names_place_in_the_same_state_is_a_shared_division() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(1, SIRTE, 1);
        assertThat(focus.sharesDivision(0, Place.town("Harawa").in("LY", "62").entry())).isTrue();
        assertThat(focus.sharesDivision(0, MISRATA)).as("another Libyan district").isFalse();
        assertThat(focus.sharesDivision(0, LIBYA)).as("a country is in no division").isFalse();
    }

    @Test
    void a_named_country_is_no_division_to_share() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(1, Place.country("Libya", "LY").in("LY", "62").entry(), 1);
        assertThat(focus.sharesDivision(0, SIRTE)).isFalse();
    }

    @Test
    void proximity_is_measured_to_the_nearest_point_like_place_of_another_name() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(1, TUNIS, 1);
        focus.add(2, MISRATA, 1);
        focus.add(3, LIBYA, 1);
        assertThat(focus.nearestOtherKm(0, TRIPOLI)).isEqualTo(GeoDistance.km(TRIPOLI, MISRATA));
    }

    @Test
    void the_same_place_under_another_name_is_not_near_itself() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(1, TRIPOLI, 1);
        focus.add(2, TUNIS, 1);
        assertThat(focus.nearestOtherKm(0, TRIPOLI)).isEqualTo(GeoDistance.km(TRIPOLI, TUNIS));
    }

    @Test
    void countries_continents_regions_and_states_are_too_large_for_their_point_to_count() {
        assertThat(DocumentFocus.isPointLike(LIBYA)).isFalse();
        assertThat(DocumentFocus.isPointLike(Place.of("Africa", "L", "CONT").entry())).isFalse();
        assertThat(DocumentFocus.isPointLike(Place.of("Maghreb", "L", "RGN").entry())).isFalse();
        assertThat(DocumentFocus.isPointLike(Place.state("Texas", "US", "TX").entry())).isFalse();
        assertThat(DocumentFocus.isPointLike(TRIPOLI)).isTrue();
        assertThat(DocumentFocus.isPointLike(Place.county("Lamar County", "US", "TX", "277").entry())).isTrue();
    }
}
