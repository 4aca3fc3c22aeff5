package org.newsatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geocoding.RankedName;
import org.newsatlas.learning.LogisticRegression.Example;

class RankingExamplesTest {

    private static final String TEXT = "Met in Paris with Mary.";
    private static final GazetteerEntry PARIS_FRANCE = place(1, "Paris", 48.85, 2.35);
    private static final GazetteerEntry PARIS_TEXAS = place(2, "Paris", 33.66, -95.56);
    private static final GazetteerEntry PARIS_TENNESSEE = place(3, "Paris", 36.30, -88.33);

    private static GazetteerEntry place(long id, String name, double latitude, double longitude) {
        return new GazetteerEntry(id, name, name, List.of(), latitude, longitude, "P", "PPL", "US", "TX", "", 1000);
    }

    private static JsonNode gold(String toponyms) throws Exception {
        return new ObjectMapper().readTree("{\"id\": \"a\", \"text\": \"" + TEXT + "\", \"toponyms\": [" + toponyms + "]}");
    }

    /** Paris, its three readings with one feature each (1, 2, 3) and scores that rank Tennessee first. */
    private static RankedName paris() {
        PlaceMention mention = new PlaceMention(7, 12, "Paris", 0, 2, 3, List.of(PARIS_FRANCE, PARIS_TEXAS,
                PARIS_TENNESSEE), false, 3.0);
        return new RankedName(List.of(mention), List.of(PARIS_FRANCE, PARIS_TEXAS, PARIS_TENNESSEE),
                new double[][] {{1}, {2}, {3}}, new double[] {1, 0, 2});
    }

    @Test
    void the_right_candidate_is_paired_against_each_wrong_one_both_ways_round() throws Exception {
        JsonNode gold = gold("{\"start\": 7, \"end\": 12, \"name\": \"Paris\", \"lat\": 33.6, \"lon\": -95.5}");
        List<Example> pairs = RankingExamples.label(gold, List.of(paris()));
        assertThat(pairs).extracting(Example::label).containsExactly(true, false, true, false);
        assertThat(pairs).extracting(pair -> pair.features()[0])
                .as("Texas (2) minus Tennessee (3), the best-scored wrong one first, then minus France (1)")
                .containsExactly(-1.0, 1.0, 1.0, -1.0);
    }

    @Test
    void a_wrong_candidate_far_below_the_right_one_is_no_rival() throws Exception {
        JsonNode gold = gold("{\"start\": 7, \"end\": 12, \"name\": \"Paris\", \"lat\": 33.6, \"lon\": -95.5}");
        RankedName paris = paris();
        RankedName distantFrance = new RankedName(paris.mentions(), paris.candidates(), paris.features(),
                new double[] {-5, 0, 2});
        assertThat(RankingExamples.label(gold, List.of(distantFrance))).extracting(pair -> pair.features()[0])
                .as("only Tennessee, which outscored Texas, is paired").containsExactly(-1.0, 1.0);
    }

    @Test
    void a_name_without_a_located_gold_toponym_gives_no_pairs() throws Exception {
        JsonNode unlocated = gold("{\"start\": 7, \"end\": 12, \"name\": \"Paris\", \"lat\": null, \"lon\": null}");
        assertThat(RankingExamples.label(unlocated, List.of(paris()))).isEmpty();
        JsonNode elsewhere = gold("{\"start\": 18, \"end\": 22, \"name\": \"Mary\", \"lat\": 33.6, \"lon\": -95.5}");
        assertThat(RankingExamples.label(elsewhere, List.of(paris()))).isEmpty();
    }

    @Test
    void a_name_none_of_whose_candidates_is_right_gives_no_pairs() throws Exception {
        JsonNode gold = gold("{\"start\": 7, \"end\": 12, \"name\": \"Paris\", \"lat\": -33.9, \"lon\": 151.2}");
        assertThat(RankingExamples.label(gold, List.of(paris()))).isEmpty();
    }
}
