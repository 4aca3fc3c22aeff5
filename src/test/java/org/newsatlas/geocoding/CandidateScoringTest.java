package org.newsatlas.geocoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.newsatlas.geocoding.ResolutionWeights.DISTANT_BONUS;
import static org.newsatlas.geocoding.ResolutionWeights.DISTANT_KM;
import static org.newsatlas.geocoding.ResolutionWeights.NEAR_BONUS;
import static org.newsatlas.geocoding.ResolutionWeights.NEAR_KM;
import static org.newsatlas.geocoding.ResolutionWeights.REGIONAL_BONUS;
import static org.newsatlas.geocoding.ResolutionWeights.REGIONAL_KM;

import java.util.Comparator;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;

/** What a candidate's name and its qualifiers say for it, whatever the rest of the document holds. */
class CandidateScoringTest {

    private static final GazetteerEntry TEXAS = Place.state("Texas", "US", "TX").entry();
    private static final GazetteerEntry PARIS_FRANCE = Place.of("Paris", "P", "PPLC").in("FR", "11")
            .at(48.85, 2.35).population(2_100_000).entry();
    private static final GazetteerEntry PARIS_TEXAS = Place.town("Paris").in("US", "TX").county("277")
            .at(33.66, -95.56).population(25_000).entry();
    private static final GazetteerEntry PARIS_TENNESSEE = Place.town("Paris").in("US", "TN")
            .at(36.30, -88.33).population(10_000).entry();

    private static double bonusFor(GazetteerEntry candidate, String surface) {
        return CandidateScoring.intrinsic(candidate, Mentions.of(surface, candidate), List.of())
                - Prominence.of(candidate);
    }

    private static final Offset<Double> ROUNDING = within(1e-12);

    @Test
    void a_place_called_by_its_own_name_gains_the_primary_name_bonus() {
        assertThat(bonusFor(PARIS_TEXAS, "Paris")).isCloseTo(ResolutionWeights.PRIMARY_NAME_BONUS, ROUNDING);
        assertThat(bonusFor(PARIS_TEXAS, "PARIS")).as("case does not matter")
                .isCloseTo(ResolutionWeights.PRIMARY_NAME_BONUS, ROUNDING);
    }

    @Test
    void a_place_reached_through_an_alternate_name_gains_no_bonus() {
        GazetteerEntry hamm = Place.town("Hamm").alsoCalled("Hamas").in("DE", "07").population(180_000).entry();
        assertThat(bonusFor(hamm, "Hamas")).isCloseTo(0, ROUNDING);
    }

    @Test
    void a_demonym_never_gains_the_primary_name_bonus() {
        GazetteerEntry kuwait = Place.country("Kuwait", "KW").entry();
        double asDemonym = CandidateScoring.intrinsic(kuwait, Mentions.demonym("Kuwait", kuwait), List.of());
        assertThat(asDemonym).isEqualTo(Prominence.of(kuwait));
        assertThat(bonusFor(kuwait, "Kuwait")).isCloseTo(ResolutionWeights.PRIMARY_NAME_BONUS, ROUNDING);
    }

    @Test
    void the_part_before_a_comma_is_the_primary_name_and_the_part_after_it_is_not() {
        GazetteerEntry washington = Place.of("Washington, D.C.", "P", "PPLC").alsoCalled("D.C.").entry();
        assertThat(CandidateScoring.isPrimaryName(washington, "Washington")).isTrue();
        assertThat(CandidateScoring.isPrimaryName(washington, "D.C.")).isFalse();
    }

    @Test
    void a_qualifying_state_picks_the_town_inside_it() {
        Readings scores = new Readings("Paris", PARIS_FRANCE, PARIS_TEXAS);
        assertThat(scores.best(List.of(TEXAS))).isEqualTo(PARIS_TEXAS);
        assertThat(scores.best(List.of())).as("without the qualifier").isEqualTo(PARIS_FRANCE);
        assertThat(CandidateScoring.qualifierSupport(PARIS_TEXAS, List.of(TEXAS)))
                .isEqualTo(ResolutionWeights.FIRST_ORDER_DIVISION_QUALIFIER);
    }

    @Test
    void a_state_does_not_qualify_a_town_in_another_state() {
        assertThat(CandidateScoring.qualifierSupport(PARIS_TENNESSEE, List.of(TEXAS))).isZero();
        assertThat(CandidateScoring.qualifierSupport(PARIS_FRANCE, List.of(TEXAS))).isZero();
    }

    @Test
    void a_qualifying_country_supports_the_places_inside_it_only() {
        GazetteerEntry libya = Place.country("Libya", "LY").entry();
        GazetteerEntry tripoli = Place.of("Tripoli", "P", "PPLC").in("LY", "77").entry();
        GazetteerEntry lebaneseTripoli = Place.of("Tripoli", "P", "PPLA").in("LB", "09").entry();
        assertThat(CandidateScoring.qualifierSupport(tripoli, List.of(libya)))
                .isEqualTo(ResolutionWeights.COUNTRY_QUALIFIER);
        assertThat(CandidateScoring.qualifierSupport(lebaneseTripoli, List.of(libya))).isZero();
    }

    @Test
    void a_qualifying_county_supports_the_towns_inside_it_only() {
        GazetteerEntry lamar = Place.county("Lamar County", "US", "TX", "277").entry();
        GazetteerEntry elsewhereInTexas = Place.town("Paris").in("US", "TX").county("113").entry();
        assertThat(CandidateScoring.qualifierSupport(PARIS_TEXAS, List.of(lamar)))
                .isEqualTo(ResolutionWeights.SECOND_ORDER_DIVISION_QUALIFIER);
        assertThat(CandidateScoring.qualifierSupport(elsewhereInTexas, List.of(lamar))).isZero();
    }

    @Test
    void a_lower_division_does_not_qualify() {
        GazetteerEntry township = Place.of("Paris Township", "A", "ADM3").in("US", "TX").county("277").entry();
        assertThat(CandidateScoring.qualifierSupport(PARIS_TEXAS, List.of(township))).isZero();
    }

    @Test
    void a_place_is_not_its_own_qualifier() {
        GazetteerEntry newYorkState = Place.state("New York", "US", "NY").entry();
        GazetteerEntry newYorkCity = Place.town("New York").in("US", "NY").entry();
        assertThat(CandidateScoring.qualifierSupport(newYorkState, List.of(newYorkState))).isZero();
        assertThat(CandidateScoring.qualifierSupport(newYorkCity, List.of(newYorkState)))
                .isEqualTo(ResolutionWeights.FIRST_ORDER_DIVISION_QUALIFIER);
    }

    @Test
    void the_strongest_qualifier_counts_once() {
        GazetteerEntry unitedStates = Place.country("United States", "US").entry();
        assertThat(CandidateScoring.qualifierSupport(PARIS_TEXAS, List.of(unitedStates, TEXAS)))
                .isEqualTo(Math.max(ResolutionWeights.COUNTRY_QUALIFIER,
                        ResolutionWeights.FIRST_ORDER_DIVISION_QUALIFIER));
    }

    @Test
    void proximity_earns_less_with_each_distance_band() {
        assertThat(CandidateScoring.proximity(0)).isEqualTo(NEAR_BONUS);
        assertThat(CandidateScoring.proximity(Math.nextDown(NEAR_KM))).isEqualTo(NEAR_BONUS);
        assertThat(CandidateScoring.proximity(NEAR_KM)).isEqualTo(REGIONAL_BONUS);
        assertThat(CandidateScoring.proximity(Math.nextDown(REGIONAL_KM))).isEqualTo(REGIONAL_BONUS);
        assertThat(CandidateScoring.proximity(REGIONAL_KM)).isEqualTo(DISTANT_BONUS);
        assertThat(CandidateScoring.proximity(Math.nextDown(DISTANT_KM))).isEqualTo(DISTANT_BONUS);
        assertThat(List.of(NEAR_BONUS, REGIONAL_BONUS, DISTANT_BONUS)).isSortedAccordingTo(Comparator.reverseOrder())
                .doesNotHaveDuplicates().allSatisfy(bonus -> assertThat(bonus).isPositive());
    }

    @Test
    void a_place_beyond_the_last_band_earns_no_proximity() {
        assertThat(CandidateScoring.proximity(DISTANT_KM)).isZero();
        assertThat(CandidateScoring.proximity(Double.POSITIVE_INFINITY)).as("no other place").isZero();
    }

    @Test
    void without_a_document_focus_the_context_says_nothing() {
        assertThat(CandidateScoring.contextual(PARIS_TEXAS, null, 0)).isZero();
    }

    @Test
    void another_names_place_in_the_candidates_country_lends_it_the_country_focus() {
        DocumentFocus focus = focusOnDallas();
        assertThat(CandidateScoring.contextual(PARIS_TENNESSEE, focus, 0))
                .as("same country, other state, 870 km away").isEqualTo(ResolutionWeights.COUNTRY_FOCUS);
        assertThat(CandidateScoring.contextual(PARIS_FRANCE, focus, 0)).as("nothing in France").isZero();
    }

    @Test
    void another_names_place_in_the_candidates_state_adds_the_shared_division() {
        assertThat(CandidateScoring.contextual(PARIS_TEXAS, focusOnDallas(), 0)).as("150 km from Dallas")
                .isEqualTo(ResolutionWeights.COUNTRY_FOCUS + ResolutionWeights.SHARED_DIVISION
                        + REGIONAL_BONUS);
    }

    @Test
    void a_candidate_near_another_names_place_gains_proximity_across_a_border() {
        GazetteerEntry near = Place.town("Paris").in("MX", "05").at(32.70, -96.90).entry();
        GazetteerEntry far = Place.town("Paris").in("MX", "05").at(22.70, -100.90).entry();
        assertThat(CandidateScoring.contextual(near, focusOnDallas(), 0)).isEqualTo(NEAR_BONUS);
        assertThat(CandidateScoring.contextual(far, focusOnDallas(), 0)).isZero();
    }

    private static DocumentFocus focusOnDallas() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(1, Place.town("Dallas").in("US", "TX").at(32.78, -96.80).population(1_300_000).entry(), 1);
        return focus;
    }

    /** The intrinsic scores of one name's candidates, and the one they put first. */
    private record Readings(String name, GazetteerEntry... candidates) {

        GazetteerEntry best(List<GazetteerEntry> qualifiers) {
            GazetteerEntry best = null;
            double top = Double.NEGATIVE_INFINITY;
            for (GazetteerEntry candidate : candidates) {
                double score = CandidateScoring.intrinsic(candidate, Mentions.of(name, candidates), qualifiers);
                if (score > top) {
                    top = score;
                    best = candidate;
                }
            }
            return best;
        }
    }
}
