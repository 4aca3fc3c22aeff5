package org.newsatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.extraction.ToponymRecognizer.CandidateEvidence;
import org.newsatlas.learning.LogisticRegression.Example;

class TrainingExamplesTest {

    @Test
    void a_candidate_is_a_place_when_it_overlaps_a_gold_toponym_counted_in_code_points() throws Exception {
        // the emoji is two chars but one code point: gold says Tunis is at 9..14, the geoparser 10..15
        String text = "\uD83D\uDE00 Met in Tunis with Mary.";
        JsonNode gold = new ObjectMapper().readTree("{\"id\": \"a\", \"text\": \"" + text
                + "\", \"toponyms\": [{\"start\": 9, \"end\": 14, \"name\": \"Tunis\", \"lat\": 36.8, \"lon\": 10.2}]}");
        List<Example> examples = TrainingExamples.label(gold, List.of(
                new CandidateEvidence(10, 15, "Tunis", new double[] {1}),
                new CandidateEvidence(21, 25, "Mary", new double[] {0})));
        assertThat(examples).extracting(Example::label).containsExactly(true, false);
    }

    @Test
    void a_gold_annotation_that_is_no_toponym_makes_no_positive() throws Exception {
        JsonNode gold = new ObjectMapper().readTree("{\"id\": \"a\", \"text\": \"Met in Tunis.\", \"toponyms\": "
                + "[{\"start\": 7, \"end\": 12, \"name\": \"Tunis\", \"lat\": null, \"lon\": null, \"type\": \"Non_Toponym\"}]}");
        List<Example> examples = TrainingExamples.label(gold, List.of(new CandidateEvidence(7, 12, "Tunis", new double[] {1})));
        assertThat(examples).extracting(Example::label).containsExactly(false);
    }
}
