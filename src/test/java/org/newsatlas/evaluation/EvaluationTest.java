package org.newsatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.gazetteer.InMemoryGazetteer;
import org.newsatlas.geoparser.GeoparsedText;
import org.newsatlas.geoparser.OpenNlpGeoparser;

class EvaluationTest {

    @TempDir
    Path directory;

    @Test
    void a_repeated_gold_id_replaces_the_earlier_line_in_its_place() throws Exception {
        Path gold = Files.writeString(directory.resolve("gold.jsonl"),
                "{\"id\": \"a\", \"text\": \"first\"}\n{\"id\": \"b\", \"text\": \"b\"}\n{\"id\": \"a\", \"text\": \"second\"}\n");

        assertThat(Evaluation.readGold(gold.toString()))
                .extracting(line -> line.get("text").asText())
                .containsExactly("second", "b");
    }

    @Test
    void the_fixture_scores_as_geoeval_with_the_extra_prediction_counted() throws Exception {
        Evaluation evaluation = Evaluation.of(Evaluation.readGold(Fixture.path("gold.jsonl")),
                JsonLines.read(Fixture.path("pred.jsonl")), TypeFilter.defaults());

        assertThat(evaluation.report()).isEqualTo(Fixture.score(TypeFilter.defaults()).report());
        assertThat(evaluation.extraPredicted()).isEqualTo(1);
    }

    @Test
    void gold_scored_against_itself_has_no_extra_predictions() throws Exception {
        Evaluation evaluation = Evaluation.of(Evaluation.readGold(Fixture.path("gold.jsonl")),
                JsonLines.read(Fixture.path("gold.jsonl")), TypeFilter.defaults());

        assertThat(evaluation.extraPredicted()).isZero();
        assertThat(evaluation.report().get(5)).isEqualTo("  end-to-end  overlap+161km P=1.0000 R=1.0000 F1=1.0000");
    }

    @Test
    void with_the_geoparser_s_account_of_each_article_the_errors_are_broken_down() throws Exception {
        List<JsonNode> gold = Evaluation.readGold(Fixture.path("gold.jsonl"));
        List<OpenNlpGeoparser.Diagnosis> foundNothing = gold.stream()
                .map(line -> new OpenNlpGeoparser.Diagnosis(
                        new GeoparsedText(line.get("text").asText(), List.of(), List.of()), List.of()))
                .toList();
        Evaluation evaluation = Evaluation.of(gold, JsonLines.read(Fixture.path("pred.jsonl")), TypeFilter.defaults());

        List<String> breakdown = evaluation.errorBreakdown(foundNothing, InMemoryGazetteer.builder().build());

        assertThat(breakdown.get(0)).isEqualTo("Misses: 2 gold toponyms not matched by any prediction");
        assertThat(breakdown).anyMatch(line -> line.startsWith("False positives: 1 predictions not matched to gold"))
                .anyMatch(line -> line.startsWith("Wrong resolutions: "));
    }
}
