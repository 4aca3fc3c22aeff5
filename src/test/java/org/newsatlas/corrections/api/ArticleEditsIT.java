package org.newsatlas.corrections.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** PATCH and DELETE of articles, and names added as places, over REST. */
@CorrectionsTest
class ArticleEditsIT {

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
    void patch_changes_title_date_and_source_and_the_dashboard_follows() throws Exception {
        long id = api.post("Old title", "Egypt opened a port.", "Edit Wire");

        JsonNode edited = api.call(patch("/api/articles/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"New title\", \"publishedAt\": \"2021-05-06\", \"source\": \"Edit Wire 2\"}"), 200);

        assertThat(edited.get("title").asText()).isEqualTo("New title");
        JsonNode article = api.article(id);
        assertThat(article.get("title").asText()).isEqualTo("New title");
        assertThat(article.get("publishedAt").asText()).isEqualTo("2021-05-06T00:00:00Z");
        assertThat(article.get("source").asText()).isEqualTo("Edit Wire 2");
        assertThat(api.articlesFrom("Edit Wire 2").get("total").asInt()).isEqualTo(1);
        assertThat(api.articlesFrom("Edit Wire").get("total").asInt()).isZero();
    }

    @Test
    void patch_refuses_a_bad_date_or_an_empty_title_and_leaves_the_article_as_it_was() throws Exception {
        long id = api.post("Kept title", "Egypt closed a port.", "Edit Wire 3");

        api.call(patch("/api/articles/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"publishedAt\": \"yesterday\"}"), 400);
        api.call(patch("/api/articles/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"  \"}"), 400);
        api.call(patch("/api/articles/{id}", 987654321L).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"x\"}"), 404);

        assertThat(api.article(id).get("title").asText()).isEqualTo("Kept title");
        api.call(patch("/api/articles/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"publishedAt\": \"2020-01-02T03:04:05Z\"}"), 200);
        assertThat(api.article(id).get("publishedAt").asText()).isEqualTo("2020-01-02T03:04:05Z");
    }

    @Test
    void delete_answers_204_then_404_and_its_mentions_leave_the_counts() throws Exception {
        long id = api.post("Doomed", "Tunisia and Algeria met.", "Delete Wire");
        assertThat(api.articlesFrom("Delete Wire").get("total").asInt()).isEqualTo(1);
        long tunisiaArticlesBefore = tunisiaArticles();

        api.call(delete("/api/articles/{id}", id), 204);

        api.call(get("/api/articles/{id}", id), 404);
        api.call(delete("/api/articles/{id}", id), 404);
        assertThat(api.articlesFrom("Delete Wire").get("total").asInt()).isZero();
        assertThat(tunisiaArticles()).isEqualTo(tunisiaArticlesBefore - 1);
    }

    private long tunisiaArticles() throws Exception {
        JsonNode places = api.call(get("/api/places"), 200);
        for (JsonNode feature : places.get("features")) {
            if (feature.at("/properties/name").asText().equals("Tunisia")) {
                return feature.at("/properties/articleCount").asLong();
            }
        }
        return 0;
    }

    @Test
    void a_missed_name_can_be_added_as_a_place() throws Exception {
        String text = "Trucks reached Ghat before Egypt replied.";
        long id = api.post("Oasis", text, "Add Wire");
        int start = text.indexOf("Ghat");

        JsonNode added = api.call(post("/api/articles/{id}/mentions", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\": " + start + ", \"end\": " + (start + 4) + ", \"geonameid\": 2219905}"), 201);

        JsonNode ghat = api.mentions(id, "Ghat").get(0);
        assertThat(added.get("changed").get(0).asLong()).isEqualTo(ghat.get("id").asLong());
        assertThat(ghat.get("status").asText()).isEqualTo("added");
        assertThat(ghat.get("lat").asDouble()).isEqualTo(24.96334);
        assertThat(text.substring(ghat.get("sentenceStart").asInt(), ghat.get("sentenceEnd").asInt()))
                .isEqualTo(text);
        api.call(post("/api/corrections/{id}/undo", added.get("correction").asLong()), 200);
        assertThat(api.mentions(id, "Ghat")).isEmpty();
    }

    @Test
    void an_added_span_must_be_inside_the_text_apart_from_other_mentions_and_name_a_known_place() throws Exception {
        String text = "Trucks left Ghat after Egypt called.";
        long id = api.post("Oasis two", text, "Add Wire 2");
        int ghat = text.indexOf("Ghat");
        int egypt = text.indexOf("Egypt");

        assertThat(addStatus(id, ghat, text.length() + 1, 2219905)).isEqualTo(400);
        assertThat(addStatus(id, ghat, ghat, 2219905)).isEqualTo(400);
        assertThat(addStatus(id, egypt, egypt + 3, 2219905)).isEqualTo(400);
        assertThat(addStatus(id, ghat - 1, ghat + 4, 2219905)).isEqualTo(400);
        assertThat(addStatus(id, ghat, ghat + 4, 999999999)).isEqualTo(400);
        assertThat(addStatus(987654321L, 0, 4, 2219905)).isEqualTo(404);
        assertThat(addStatus(id, ghat, ghat + 4, 2219905)).isEqualTo(201);
    }

    private int addStatus(long articleId, int start, int end, long geonameid) throws Exception {
        return mvc.perform(post("/api/articles/{id}/mentions", articleId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\": " + start + ", \"end\": " + end + ", \"geonameid\": " + geonameid + "}"))
                .andReturn().getResponse().getStatus();
    }
}
