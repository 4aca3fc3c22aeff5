package org.newsatlas.corrections.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.cli.EvaluateForTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The review queue, marking articles reviewed, the gold export and the gazetteer search, over REST. */
@CorrectionsTest
class ReviewAndGoldIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    CorrectionsApi api;

    @BeforeEach
    void api() {
        api = new CorrectionsApi(mvc, json);
    }

    @Test
    void the_queue_puts_doubtful_and_uncertain_readings_first_and_takes_the_dashboard_s_filters() throws Exception {
        long id = api.post("Queue", "Egypt watched the Sahara. Tripoli waited. Tripoli slept.", "Queue Wire");

        JsonNode queue = api.call(get("/api/review").param("source", "Queue Wire"), 200);

        List<String> names = new ArrayList<>();
        queue.get("items").forEach(item -> names.add(item.get("name").asText()));
        assertThat(names).hasSize(3).endsWith("Egypt").contains("Sahara", "Tripoli");
        JsonNode tripoli = queue.get("items").findParents("name").stream()
                .filter(item -> item.get("name").asText().equals("Tripoli")).findFirst().orElseThrow();
        assertThat(tripoli.get("uncertain").asBoolean()).isTrue();
        assertThat(tripoli.get("mentionsInArticle").asInt()).isEqualTo(2);
        assertThat(queue.get("items").get(2).get("uncertain").asBoolean()).isFalse();
        assertThat(queue.get("items").get(0).get("articleId").asLong()).isEqualTo(id);
        assertThat(api.call(get("/api/review").param("source", "Queue Wire").param("country", "EG"), 200)
                .get("items")).hasSize(1);
        api.call(get("/api/review").param("country", "Egypt"), 400);
    }

    @Test
    void a_decided_mention_and_a_reviewed_article_leave_the_queue() throws Exception {
        long id = api.post("Queue two", "Morocco and Algeria talked.", "Queue Wire 2");
        api.correct(api.mentionId(id, "Morocco"), "{\"confirm\": true}");

        assertThat(api.call(get("/api/review").param("source", "Queue Wire 2"), 200).findValuesAsText("name"))
                .containsExactly("Algeria");
        api.call(post("/api/articles/{id}/reviewed", id), 200);

        assertThat(api.call(get("/api/review").param("source", "Queue Wire 2"), 200).get("items")).isEmpty();
        api.call(post("/api/articles/{id}/reviewed", 987654321L), 404);
    }

    @Test
    void an_item_decided_after_the_queue_was_ranked_leaves_it_at_once_and_an_undo_brings_it_back() throws Exception {
        long id = api.post("Queue three", "Morocco and Algeria talked. Morocco agreed.", "Queue Wire 3");
        JsonNode before = api.call(get("/api/review").param("source", "Queue Wire 3"), 200);
        assertThat(before.findValuesAsText("name")).containsExactlyInAnyOrder("Morocco", "Algeria");
        assertThat(before.get("total").asInt()).isEqualTo(2);

        JsonNode answer = api.correct(api.mentionId(id, "Morocco"), "{\"confirm\": true}");
        JsonNode after = api.call(get("/api/review").param("source", "Queue Wire 3"), 200);

        assertThat(after.findValuesAsText("name")).containsExactly("Algeria");
        assertThat(after.get("total").asInt()).isEqualTo(1);
        api.call(post("/api/corrections/{id}/undo", answer.get("correction").asLong()), 200);
        JsonNode undone = api.call(get("/api/review").param("source", "Queue Wire 3"), 200);
        assertThat(undone.findValuesAsText("name")).containsExactlyInAnyOrder("Morocco", "Algeria");
        assertThat(undone.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void a_name_decided_in_one_mention_only_stays_in_the_queue_at_its_next_open_mention() throws Exception {
        long id = api.post("Queue four", "Morocco and Algeria met. Morocco signed.", "Queue Wire 4");
        api.call(get("/api/review").param("source", "Queue Wire 4"), 200);
        JsonNode firstMorocco = api.mentions(id, "Morocco").get(0);

        api.correct(firstMorocco.get("id").asLong(), "{\"confirm\": true, \"scope\": \"mention\"}");

        JsonNode morocco = api.call(get("/api/review").param("source", "Queue Wire 4"), 200).get("items")
                .findParents("name").stream().filter(item -> item.get("name").asText().equals("Morocco"))
                .findFirst().orElseThrow();
        assertThat(morocco.get("mentionsInArticle").asInt()).isEqualTo(1);
        assertThat(morocco.get("start").asInt()).isEqualTo("Morocco and Algeria met. ".length());
        assertThat(morocco.get("mentionId").asLong()).isEqualTo(api.mentions(id, "Morocco").get(1).get("id").asLong());
    }

    @Test
    void reviewed_articles_export_as_gold_in_code_points_that_evaluate_scores(@TempDir Path dir) throws Exception {
        // U+1F30D takes two Java chars and one code point: offsets after it differ by one
        String text = "Tourists \uD83C\uDF0D returned to Carthage. Tunisia welcomed them.";
        long id = api.post("Gold", text, "Gold Wire");
        long notReviewed = api.post("Not gold", "Libya waited.", "Gold Wire");
        api.call(post("/api/articles/{id}/reviewed", id), 200);

        String gold = api.text(get("/api/export/gold.jsonl"));

        JsonNode line = gold.lines().map(this::read).filter(l -> l.get("id").asText().equals(String.valueOf(id)))
                .findFirst().orElseThrow();
        assertThat(gold.lines().map(this::read).map(l -> l.get("id").asText()))
                .doesNotContain(String.valueOf(notReviewed));
        JsonNode carthage = line.get("toponyms").get(0);
        assertThat(carthage.get("start").asInt()).isEqualTo(text.indexOf("Carthage") - 1);
        assertThat(carthage.get("name").asText()).isEqualTo("Carthage");
        assertThat(carthage.get("geonameid").asLong()).isEqualTo(2473499);
        int[] codePoints = text.codePoints().toArray();
        assertThat(new String(codePoints, carthage.get("start").asInt(),
                carthage.get("end").asInt() - carthage.get("start").asInt())).isEqualTo("Carthage");

        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, gold);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = EvaluateForTests.run(List.of(file.toString(), file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("ALL \\(\\d+ articles\\): (\\d+) gold toponyms \\(\\1 with coordinates\\), \\1 predicted")
                .contains("recognition exact   P=1.0000 R=1.0000 F1=1.0000")
                .contains("end-to-end  overlap+161km P=1.0000 R=1.0000 F1=1.0000");
    }

    @Test
    void the_gazetteer_search_finds_places_by_the_start_of_their_name_most_populous_first() throws Exception {
        JsonNode hits = api.call(get("/api/gazetteer/search").param("q", "spring").param("limit", "5"), 200);

        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).get("geonameid").asLong()).isEqualTo(4951788);
        assertThat(hits.get(0).get("population").asLong()).isEqualTo(153_606);
        assertThat(json.convertValue(hits.get(0), java.util.Map.class).keySet()).containsExactlyInAnyOrder(
                "geonameid", "name", "country", "admin1", "featureCode", "lat", "lon", "population");
        api.call(get("/api/gazetteer/search").param("q", " "), 400);
        api.call(get("/api/gazetteer/search").param("q", "spring").param("limit", "0"), 400);
    }

    private JsonNode read(String line) {
        try {
            return json.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
