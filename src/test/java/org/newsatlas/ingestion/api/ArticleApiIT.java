package org.newsatlas.ingestion.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsatlas.NewsAtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@NewsAtlasTest
@AutoConfigureMockMvc
class ArticleApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void posting_json_stores_the_article_and_answers_with_its_mentions() throws Exception {
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "Envoys meet", "text": "Envoys met in Tripoli on Monday. Egypt hosted the next round.",
                                 "publishedAt": "2020-07-08", "source": "wire"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/articles/")))
                .andExpect(jsonPath("$.id", greaterThan(0)))
                .andExpect(jsonPath("$.mentions.length()", is(2)))
                .andExpect(jsonPath("$.mentions[*].name", hasItem("Tripoli")));
    }

    @Test
    void posting_plain_text_takes_the_title_from_the_first_line() throws Exception {
        String response = mvc.perform(post("/api/articles").contentType(MediaType.TEXT_PLAIN)
                        .content("Ships off Sirte\nFishing boats left Sirte at dawn.".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(response).get("id").asLong();

        mvc.perform(get("/api/articles/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title", is("Ships off Sirte")))
                .andExpect(jsonPath("$.text", is("Fishing boats left Sirte at dawn.")));
    }

    @Test
    void mention_offsets_point_at_the_names_in_the_text() throws Exception {
        String posted = mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "Ruins", "text": "Tourists 🌍 returned to Carthage. Tunisia welcomed them."}"""))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(posted).get("id").asLong();

        JsonNode article = json.readTree(mvc.perform(get("/api/articles/{id}", id))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String text = article.get("text").asText();
        assertThat(article.get("mentions")).hasSize(2);
        for (JsonNode mention : article.get("mentions")) {
            assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt()))
                    .isEqualTo(mention.get("name").asText());
            assertThat(text.substring(mention.get("sentenceStart").asInt(), mention.get("sentenceEnd").asInt()))
                    .contains(mention.get("name").asText());
            assertThat(mention.get("placeId").asLong()).isPositive();
            assertThat(mention.has("lat") && mention.has("lon")).isTrue();
        }
    }

    @Test
    void the_same_text_twice_is_stored_once() throws Exception {
        String body = """
                {"title": "Once", "text": "Algeria and Morocco signed a deal. It was brief."}""";
        String first = mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicate", is(true)))
                .andExpect(jsonPath("$.id", is(json.readTree(first).get("id").asInt())));
    }

    @Test
    void empty_binary_and_oversized_articles_are_refused_with_a_message() throws Exception {
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"x\", \"text\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("no text")));
        mvc.perform(post("/api/articles").contentType(MediaType.TEXT_PLAIN).content(new byte[] {'G', 'I', 'F', 0, 1, 2}))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("binary")));
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(java.util.Map.of("title", "big", "text", "Tripoli ".repeat(130_000)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("too long")));
    }

    @Test
    void an_unknown_article_is_not_found() throws Exception {
        mvc.perform(get("/api/articles/{id}", 999_999)).andExpect(status().isNotFound());
    }
}
