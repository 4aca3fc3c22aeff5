package org.newsatlas.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.articles.ArticleStore;
import org.newsatlas.articles.NewArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@NewsAtlasTest
@AutoConfigureMockMvc
class LanguageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ArticleStore store;

    @Autowired
    ArticleQueries articles;

    @Autowired
    LanguageBackfill backfill;

    @Test
    void each_article_gets_its_language_in_the_api_and_the_list_filter_keeps_only_that_language() throws Exception {
        long german = postArticle("Gespräche in Tripolis", LanguageDetectionTest.GERMAN + " (LanguageIT)");
        long english = postArticle("Talks in Tripoli", LanguageDetectionTest.ENGLISH + " (LanguageIT)");

        mvc.perform(get("/api/articles/" + german)).andExpect(jsonPath("$.language").value("de"));
        mvc.perform(get("/api/articles/" + english)).andExpect(jsonPath("$.language").value("en"));

        assertThat(listed("language=de")).contains(german).doesNotContain(english);
        assertThat(listed("language=en")).contains(english).doesNotContain(german);
        assertThat(listed("language=de&language=en")).contains(german, english);
        JsonNode item = listItem(german);
        assertThat(item.get("language").asText()).isEqualTo("de");
    }

    @Test
    void a_language_that_is_not_a_code_is_refused() throws Exception {
        mvc.perform(get("/api/articles?language=German")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("ISO 639-1")));
        mvc.perform(get("/api/articles?language=fr")).andExpect(status().isOk());
    }

    @Test
    void articles_stored_without_a_language_get_one_at_start_up() {
        long older = store.add(new NewArticle("Older", LanguageDetectionTest.FRENCH + " (back-fill)", null, null,
                Instant.now()));
        assertThat(articles.document(older).orElseThrow().article().language()).isNull();

        backfill.run(null);

        assertThat(articles.document(older).orElseThrow().article().language()).isEqualTo("fr");
    }

    private long postArticle(String title, String text) throws Exception {
        String body = json.writeValueAsString(Map.of("title", title, "text", text));
        String answer = mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    private List<Long> listed(String query) throws Exception {
        List<Long> ids = new ArrayList<>();
        json.readTree(mvc.perform(get("/api/articles?size=500&" + query)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private JsonNode listItem(long id) throws Exception {
        for (JsonNode item : json.readTree(mvc.perform(get("/api/articles?size=500")).andReturn().getResponse()
                .getContentAsString()).get("items")) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("article " + id + " is not listed");
    }
}
