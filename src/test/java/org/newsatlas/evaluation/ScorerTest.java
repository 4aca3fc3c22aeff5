package org.newsatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The Java scorer against geoeval.py on the fixture. The expected numbers were printed by
 * {@code python3 /work/shared/tools/geoeval.py gold.jsonl pred.jsonl --json} (Python 3.11.7, 2026-11-26),
 * and the unrounded ones by importing geoeval and printing {@code Tally.figures()} and {@code Tally.err}.
 * The fixture holds: an emoji before two toponyms (code point offsets), an exact match, an
 * overlap-only match (New York / New York City), a false positive (Jordan, whose gold is a
 * Non_Toponym), misses (Lyon, and Berlin in an article without predictions), a wrong place
 * (Sydney, Nova Scotia put in Australia), gold without coordinates (Europe), an unresolved
 * prediction (Halifax) whose gold span appears twice, and a predicted article not in gold.
 */
class ScorerTest {

    private static final double EXACTLY = 1e-12;

    @Test
    void figures_equal_geoeval_on_the_fixture() throws Exception {
        // {"gold": 9, "gold_coords": 8, "pred": 8, "f1_exact": 0.7058823529411765, "p_exact": 0.75,
        //  "r_exact": 0.6666666666666666, "acc161_exact": 0.6, "f1_overlap": 0.823529411764706,
        //  "p_overlap": 0.875, "r_overlap": 0.7777777777777778, "acc161_overlap": 0.6666666666666666,
        //  "e2e_p": 0.5714285714285714, "e2e_r": 0.5, "e2e_f1": 0.5333333333333333}
        Figures f = Fixture.score(TypeFilter.defaults()).figures();

        assertThat(f.gold()).isEqualTo(9);
        assertThat(f.goldCoords()).isEqualTo(8);
        assertThat(f.predicted()).isEqualTo(8);
        assertThat(f.pExact()).isCloseTo(0.75, within(EXACTLY));
        assertThat(f.rExact()).isCloseTo(0.6666666666666666, within(EXACTLY));
        assertThat(f.f1Exact()).isCloseTo(0.7058823529411765, within(EXACTLY));
        assertThat(f.acc161Exact()).isCloseTo(0.6, within(EXACTLY));
        assertThat(f.pOverlap()).isCloseTo(0.875, within(EXACTLY));
        assertThat(f.rOverlap()).isCloseTo(0.7777777777777778, within(EXACTLY));
        assertThat(f.f1Overlap()).isCloseTo(0.823529411764706, within(EXACTLY));
        assertThat(f.acc161Overlap()).isCloseTo(0.6666666666666666, within(EXACTLY));
        assertThat(f.e2eP()).isCloseTo(0.5714285714285714, within(EXACTLY));
        assertThat(f.e2eR()).isCloseTo(0.5, within(EXACTLY));
        assertThat(f.e2eF1()).isCloseTo(0.5333333333333333, within(EXACTLY));
    }

    @Test
    void geocoding_errors_equal_geoeval_on_the_fixture() throws Exception {
        // Tally.err['overlap'] = [1.3961732294805513, 0.1667926203505719, 17039.409712762994, 0.0,
        //                         20039.0, 0.4341532152195739]
        // report: n=6 (unresolved 1) acc@161=0.6667 median=0.9km mean=6180.1km AUC=0.3248
        GeocodingErrors overlap = Fixture.score(TypeFilter.defaults()).total().geocoding(true);

        assertThat(overlap.n()).isEqualTo(6);
        assertThat(overlap.unresolved()).isEqualTo(1);
        assertThat(overlap.median()).isCloseTo((0.4341532152195739 + 1.3961732294805513) / 2, within(1e-9));
        assertThat(overlap.mean()).isCloseTo((1.3961732294805513 + 0.1667926203505719 + 17039.409712762994
                + 20039.0 + 0.4341532152195739) / 6, within(1e-9));
        assertThat(PyFormat.fixed(overlap.auc(), 4)).isEqualTo("0.3248");
    }

    @Test
    void all_types_keeps_the_non_toponym_gold_and_matches_the_prediction_to_it() throws Exception {
        // geoeval.py --all-types --json: gold 10, p_overlap 1.0, r_overlap 0.8, e2e_p 0.6667
        Figures f = Fixture.score(TypeFilter.allTypes()).figures();

        assertThat(f.gold()).isEqualTo(10);
        assertThat(f.pOverlap()).isEqualTo(1.0);
        assertThat(f.rOverlap()).isCloseTo(0.8, within(EXACTLY));
        assertThat(PyFormat.fixed(f.e2eP(), 4)).isEqualTo("0.6667");
    }

    @Test
    void the_overlap_matching_prefers_exact_spans_then_the_largest_overlap() {
        Toponym newYorkCity = new Toponym(10, 23, "New York City", 40.7, -74.0, null, null, null);
        Toponym york = new Toponym(14, 18, "York", 40.7, -74.0, null, null, null);
        Toponym newYork = new Toponym(10, 18, "New York", 40.7, -74.0, null, null, null);

        assertThat(Matching.overlap(java.util.List.of(newYorkCity), java.util.List.of(york, newYork)))
                .containsExactly(new Match(newYorkCity, newYork));
    }

    @Test
    void of_duplicate_gold_spans_the_one_with_coordinates_is_kept() {
        Toponym without = new Toponym(0, 7, "Halifax", null, null, null, null, null);
        Toponym with = new Toponym(0, 7, "Halifax", 44.6, -63.6, null, null, null);

        assertThat(Matching.uniqueSpans(java.util.List.of(without, with), t -> true)).containsExactly(with);
    }
}
