package org.newsatlas.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.articles.ArticleQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Requests a hostile or careless client may send, what each gets back, and that nothing is stored. */
@NewsAtlasTest
@AutoConfigureMockMvc
class HostileRequestsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleQueries articles;

    @Test
    void a_plain_text_post_from_another_site_is_refused_and_stores_nothing() throws Exception {
        long before = articles.count();
        mvc.perform(post("/api/articles").header("Origin", "http://evil.example")
                        .contentType(MediaType.TEXT_PLAIN).content("Pwned\nTroops left Sirte."))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value(Matchers.containsString("another site")));
        mvc.perform(post("/api/articles").header("Sec-Fetch-Site", "cross-site")
                        .contentType(MediaType.TEXT_PLAIN).content("Pwned\nTroops left Sirte."))
                .andExpect(status().isForbidden());
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void a_post_from_the_app_itself_or_from_a_program_is_taken() throws Exception {
        mvc.perform(post("/api/articles").header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin")
                        .contentType(MediaType.TEXT_PLAIN).content("Own page\nTroops left Sirte on " + System.nanoTime() + "."))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/articles")
                        .contentType(MediaType.TEXT_PLAIN).content("curl\nTroops left Sirte at " + System.nanoTime() + "."))
                .andExpect(status().isCreated());
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        for (String path : new String[] {"/api/places", "/api/articles/999999"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")));
        }
    }

    @Test
    void json_with_trailing_garbage_or_a_number_for_text_is_refused() throws Exception {
        long before = articles.count();
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"T\",\"text\":\"Troops left Sirte.\"} garbage"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").exists());
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"T\",\"text\":12345}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").exists());
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void control_characters_in_a_title_are_removed_and_the_rest_kept() throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("title", "Bad\u0000title\u0007 here",
                "text", "Convoys reached Sirte " + System.nanoTime() + "."));
        String answer = mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(answer).get("title").asText()).isEqualTo("Bad title here");
    }

    @Test
    void text_is_stored_with_unix_line_breaks_and_offsets_fit_what_get_returns() throws Exception {
        String sent = "Line one mentions Tripoli.\r\nLine two mentions Sirte.\rAnd Egypt " + System.nanoTime() + ".";
        String answer = mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(java.util.Map.of("title", "Breaks", "text", sent))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JSON.readTree(answer).get("id").asLong();
        JsonNode stored = JSON.readTree(mvc.perform(get("/api/articles/" + id)).andReturn().getResponse().getContentAsString());
        String text = stored.get("text").asText();
        assertThat(text).isEqualTo(sent.replace("\r\n", "\n").replace('\r', '\n'));
        assertThat(stored.get("mentions")).hasSize(3).allSatisfy(m ->
                assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("name").asText()));
    }

    @Test
    void the_same_text_again_answers_with_the_stored_title() throws Exception {
        String text = "Ships left Carthage " + System.nanoTime() + ".";
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(java.util.Map.of("title", "First title", "text", text))))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(java.util.Map.of("title", "Second title", "text", text))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicate").value(true))
                .andExpect(jsonPath("$.title").value("First title"));
    }
}
