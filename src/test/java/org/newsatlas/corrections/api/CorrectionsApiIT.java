package org.newsatlas.corrections.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** PUT /api/mentions/{id} in each scope, rules, their preview and undo, over REST. */
@CorrectionsTest
class CorrectionsApiIT {

    /** Tripoli in Lebanon: the dictionary geoparser's runner-up for Tripoli. */
    static final long TRIPOLI_LB = 266826;
    static final long GHAT = 2219905;

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
    void each_mention_has_its_id_confidence_status_and_alternatives_best_first() throws Exception {
        long id = api.post("Talks", "Envoys met in Tripoli. Egypt sent a minister.", "Scope Wire 0");

        JsonNode tripoli = api.mentions(id, "Tripoli").get(0);
        assertThat(tripoli.get("id").asLong()).isPositive();
        assertThat(tripoli.get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(tripoli.get("status").asText()).isEqualTo("auto");
        JsonNode alternatives = tripoli.get("alternatives");
        assertThat(alternatives).hasSize(2);
        assertThat(alternatives.get(0).get("country").asText()).isEqualTo("LY");
        JsonNode lebanon = alternatives.get(1);
        assertThat(lebanon.get("geonameid").asLong()).isEqualTo(TRIPOLI_LB);
        assertThat(json.convertValue(lebanon, java.util.Map.class).keySet()).containsExactlyInAnyOrder(
                "geonameid", "name", "country", "admin1", "featureCode", "lat", "lon", "score");
        assertThat(lebanon.get("score").asDouble()).isLessThan(alternatives.get(0).get("score").asDouble());
    }

    @Test
    void the_scope_mention_changes_that_mention_only() throws Exception {
        long id = api.post("Two Tripolis", "Ships left Tripoli. Later Tripoli was calm.", "Scope Wire 1");
        List<JsonNode> before = api.mentions(id, "Tripoli");

        JsonNode answer = api.correct(before.get(0).get("id").asLong(),
                "{\"geonameid\": " + TRIPOLI_LB + ", \"scope\": \"mention\"}");

        assertThat(api.changed(answer)).containsExactly(before.get(0).get("id").asLong());
        List<JsonNode> after = api.mentions(id, "Tripoli");
        assertThat(after.get(0).get("lon").asDouble()).isEqualTo(35.84972);
        assertThat(after.get(0).get("status").asText()).isEqualTo("corrected");
        assertThat(after.get(1).get("lon").asDouble()).isEqualTo(13.18733);
        assertThat(after.get(1).get("status").asText()).isEqualTo("auto");
    }

    @Test
    void the_scope_article_is_the_default_and_leaves_other_articles_alone() throws Exception {
        long id = api.post("Tripoli twice", "Rain fell on Tripoli. Tripoli flooded.", "Scope Wire 2");
        long other = api.post("Tripoli elsewhere", "Markets in Tripoli reopened.", "Scope Wire 2");

        JsonNode answer = api.correct(api.mentionId(id, "Tripoli"), "{\"geonameid\": " + TRIPOLI_LB + "}");

        assertThat(answer.get("changed")).hasSize(2);
        assertThat(api.mentions(id, "Tripoli")).allMatch(m -> m.get("lon").asDouble() == 35.84972);
        assertThat(api.mentions(other, "Tripoli")).allMatch(m -> m.get("lon").asDouble() == 13.18733);
    }

    @Test
    void not_a_place_takes_the_mention_off_the_map_and_out_of_the_counts() throws Exception {
        long id = api.post("Sahara sand", "Dust from the Sahara reached Egypt.", "Scope Wire 3");
        assertThat(api.articlesFrom("Scope Wire 3").at("/items/0/mentionCount").asInt()).isEqualTo(2);

        api.correct(api.mentionId(id, "Sahara"), "{\"notAPlace\": true}");

        assertThat(api.mentions(id, "Sahara")).isEmpty();
        assertThat(api.mentions(id, "Egypt")).hasSize(1);
        assertThat(api.articlesFrom("Scope Wire 3").at("/items/0/mentionCount").asInt()).isEqualTo(1);
    }

    @Test
    void confirm_keeps_the_place_and_marks_the_reading_confirmed() throws Exception {
        long id = api.post("Egypt votes", "Egypt voted on Sunday.", "Scope Wire 4");

        api.correct(api.mentionId(id, "Egypt"), "{\"confirm\": true}");

        JsonNode egypt = api.mentions(id, "Egypt").get(0);
        assertThat(egypt.get("status").asText()).isEqualTo("confirmed");
        assertThat(egypt.get("lat").asDouble()).isEqualTo(27.0);
    }

    @Test
    void a_rule_is_inherited_by_articles_from_its_source_posted_afterwards() throws Exception {
        long first = api.post("Sirte one", "Boats left Sirte at dawn.", "Rule Wire 1");

        JsonNode answer = api.correct(api.mentionId(first, "Sirte"),
                "{\"notAPlace\": true, \"scope\": \"everywhere\", \"source\": \"Rule Wire 1\"}");
        long later = api.post("Sirte two", "Nets were mended in Sirte.", "Rule Wire 1");
        long otherSource = api.post("Sirte three", "Fishers sold tuna in Sirte.", "Rule Wire 2");

        assertThat(answer.get("rule").asLong()).isPositive();
        assertThat(api.mentions(later, "Sirte")).isEmpty();
        assertThat(api.mentions(otherSource, "Sirte")).hasSize(1);
        JsonNode rules = api.call(get("/api/rules"), 200);
        assertThat(rules.findValuesAsText("source")).contains("Rule Wire 1");
    }

    @Test
    void a_rule_applied_to_stored_articles_changes_as_many_mentions_as_its_preview_said() throws Exception {
        long first = api.post("Carthage one", "Actors came to Carthage.", "Rule Wire 3");
        long second = api.post("Carthage two", "Carthage hosted a play. Carthage cheered.", "Rule Wire 3");
        long elsewhere = api.post("Carthage three", "Carthage sold out.", "Rule Wire 4");
        JsonNode preview = api.call(get("/api/rules/preview").param("name", "Carthage")
                .param("geonameid", String.valueOf(GHAT)).param("source", "Rule Wire 3"), 200);
        assertThat(preview.get("mentions").asInt()).isEqualTo(3);
        assertThat(preview.get("articles").asInt()).isEqualTo(2);

        JsonNode made = api.correct(api.mentionId(first, "Carthage"), "{\"geonameid\": " + GHAT
                + ", \"scope\": \"everywhere\", \"source\": \"Rule Wire 3\", \"applyToStored\": false}");
        long rule = made.get("rule").asLong();
        assertThat(api.changed(made)).hasSize(1);
        assertThat(api.call(get("/api/rules/{id}/preview", rule), 200).get("mentions").asInt()).isEqualTo(2);
        JsonNode applied = api.call(post("/api/rules/{id}/apply", rule), 200);

        assertThat(applied.get("changed")).hasSize(2);
        assertThat(api.mentions(second, "Carthage")).allMatch(m -> m.get("lat").asDouble() == 24.96334);
        assertThat(api.mentions(elsewhere, "Carthage").get(0).get("lat").asDouble()).isEqualTo(36.85278);
        assertThat(api.call(get("/api/rules/{id}/preview", rule), 200).get("mentions").asInt()).isZero();
    }

    @Test
    void the_scope_everywhere_changes_the_stored_articles_of_its_source_too() throws Exception {
        long first = api.post("Misratah one", "Floods hit Misratah.", "Rule Wire 5");
        long second = api.post("Misratah two", "Misratah rebuilt its bridge.", "Rule Wire 5");
        long otherSource = api.post("Misratah three", "Misratah held a fair.", "Rule Wire 5b");

        JsonNode answer = api.correct(api.mentionId(first, "Misratah"),
                "{\"confirm\": true, \"scope\": \"everywhere\", \"source\": \"Rule Wire 5\"}");

        assertThat(answer.get("changed")).hasSize(2);
        assertThat(api.mentions(first, "Misratah").get(0).get("status").asText()).isEqualTo("confirmed");
        assertThat(api.mentions(second, "Misratah").get(0).get("status").asText()).isEqualTo("confirmed");
        assertThat(api.mentions(otherSource, "Misratah").get(0).get("status").asText()).isEqualTo("auto");
        JsonNode rule = api.call(get("/api/rules"), 200).findParents("id").stream()
                .filter(r -> r.get("id").asLong() == answer.get("rule").asLong()).findFirst().orElseThrow();
        assertThat(rule.get("geonameid").asLong()).isEqualTo(96001862L);
        assertThat(rule.get("notAPlace").asBoolean()).isFalse();
    }

    @Test
    void the_scope_everywhere_leaves_stored_articles_alone_when_told_to() throws Exception {
        long first = api.post("Bab El Oued one", "Crowds filled Bab El Oued.", "Rule Wire 7");
        long second = api.post("Bab El Oued two", "Shops in Bab El Oued shut.", "Rule Wire 7");

        JsonNode answer = api.correct(api.mentionId(first, "Bab El Oued"), "{\"confirm\": true, "
                + "\"scope\": \"everywhere\", \"source\": \"Rule Wire 7\", \"applyToStored\": false}");

        assertThat(answer.get("changed")).hasSize(1);
        assertThat(api.mentions(second, "Bab El Oued").get(0).get("status").asText()).isEqualTo("auto");
    }

    @Test
    void a_deleted_rule_is_gone_and_no_longer_applies() throws Exception {
        long first = api.post("Russia one", "Russia sent envoys.", "Rule Wire 6");
        long rule = api.correct(api.mentionId(first, "Russia"),
                "{\"notAPlace\": true, \"scope\": \"everywhere\", \"source\": \"Rule Wire 6\"}").get("rule").asLong();

        api.call(delete("/api/rules/{id}", rule), 204);
        api.call(delete("/api/rules/{id}", rule), 404);
        long later = api.post("Russia two", "Russia replied.", "Rule Wire 6");

        assertThat(api.call(get("/api/rules"), 200).findValuesAsText("id")).doesNotContain(String.valueOf(rule));
        assertThat(api.mentions(later, "Russia")).hasSize(1);
    }

    @Test
    void undo_restores_the_earlier_readings_once() throws Exception {
        long id = api.post("Tunisia votes", "Tunisia voted. Tunisia counted.", "Undo Wire");
        JsonNode answer = api.correct(api.mentionId(id, "Tunisia"), "{\"notAPlace\": true}");
        assertThat(api.mentions(id, "Tunisia")).isEmpty();

        JsonNode undone = api.call(post("/api/corrections/{id}/undo", answer.get("correction").asLong()), 200);

        assertThat(undone.get("changed")).hasSize(2);
        assertThat(api.mentions(id, "Tunisia")).hasSize(2).allMatch(m -> m.get("status").asText().equals("auto"));
        api.call(post("/api/corrections/{id}/undo", answer.get("correction").asLong()), 409);
        JsonNode history = api.call(get("/api/corrections"), 200);
        JsonNode entry = history.findParents("id").stream()
                .filter(e -> e.get("id").asLong() == answer.get("correction").asLong()).findFirst().orElseThrow();
        assertThat(entry.get("undone").asBoolean()).isTrue();
        assertThat(entry.at("/changes/0/from/status").asText()).isEqualTo("auto");
        assertThat(entry.at("/changes/0/to/status").asText()).isEqualTo("not_a_place");
    }

    @Test
    void undoing_a_rule_s_correction_deletes_the_rule() throws Exception {
        long id = api.post("Turkey one", "Turkey sent ships.", "Undo Wire 2");
        JsonNode answer = api.correct(api.mentionId(id, "Turkey"),
                "{\"notAPlace\": true, \"scope\": \"everywhere\", \"source\": \"Undo Wire 2\"}");

        api.call(post("/api/corrections/{id}/undo", answer.get("correction").asLong()), 200);
        long later = api.post("Turkey two", "Turkey answered.", "Undo Wire 2");

        assertThat(api.mentions(later, "Turkey")).hasSize(1);
        assertThat(api.call(get("/api/rules"), 200).findValuesAsText("id"))
                .doesNotContain(answer.get("rule").asText());
    }

    @Test
    void an_unknown_geonameid_or_scope_is_refused_and_a_known_one_taken() throws Exception {
        long id = api.post("Algeria", "Algeria held a vote.", "Refusal Wire");
        long mention = api.mentionId(id, "Algeria");

        assertThat(api.call(put("/api/mentions/{id}", mention).contentType(MediaType.APPLICATION_JSON)
                .content("{\"geonameid\": 999999999}"), 400).get("error").asText()).contains("999999999");
        api.call(put("/api/mentions/{id}", mention).contentType(MediaType.APPLICATION_JSON)
                .content("{\"geonameid\": " + GHAT + ", \"scope\": \"galaxy\"}"), 400);
        api.call(put("/api/mentions/{id}", mention).contentType(MediaType.APPLICATION_JSON)
                .content("{\"geonameid\": " + GHAT + ", \"notAPlace\": true}"), 400);
        api.call(put("/api/mentions/{id}", 987654321L).contentType(MediaType.APPLICATION_JSON)
                .content("{\"geonameid\": " + GHAT + "}"), 404);

        assertThat(api.changed(api.correct(mention, "{\"geonameid\": " + GHAT + "}"))).containsExactly(mention);
    }
}
