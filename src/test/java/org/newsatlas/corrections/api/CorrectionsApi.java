package org.newsatlas.corrections.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** The REST calls the corrections tests make, each expecting success. */
final class CorrectionsApi {

    private final MockMvc mvc;
    private final ObjectMapper json;

    CorrectionsApi(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    long post(String title, String text, String source) throws Exception {
        ObjectNode body = json.createObjectNode().put("title", title).put("text", text).put("source", source);
        return call(MockMvcRequestBuilders.post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body.toString()), 201)
                .get("id").asLong();
    }

    JsonNode article(long id) throws Exception {
        return call(get("/api/articles/{id}", id), 200);
    }

    /** The article's mentions of this name, in text order. */
    List<JsonNode> mentions(long articleId, String name) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        article(articleId).get("mentions").forEach(m -> {
            if (m.get("name").asText().equals(name)) {
                found.add(m);
            }
        });
        return found;
    }

    long mentionId(long articleId, String name) throws Exception {
        return mentions(articleId, name).get(0).get("id").asLong();
    }

    JsonNode correct(long mentionId, String body) throws Exception {
        return call(put("/api/mentions/{id}", mentionId).contentType(MediaType.APPLICATION_JSON).content(body), 200);
    }

    List<Long> changed(JsonNode answer) {
        List<Long> ids = new ArrayList<>();
        answer.get("changed").forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    /** How many articles and mentions the dashboard counts for a source. */
    JsonNode articlesFrom(String source) throws Exception {
        return call(get("/api/articles").param("source", source), 200);
    }

    JsonNode call(RequestBuilder request, int expectedStatus) throws Exception {
        String body = mvc.perform(request).andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? json.nullNode() : json.readTree(body);
    }

    String text(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
