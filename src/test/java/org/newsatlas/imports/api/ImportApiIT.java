package org.newsatlas.imports.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.imports.ImportFixtures.entries;
import static org.newsatlas.imports.ImportFixtures.utf8;
import static org.newsatlas.imports.ImportFixtures.zip;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.imports.ImportFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@NewsAtlasTest
@AutoConfigureMockMvc
class ImportApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    private int stored(String marker) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE body LIKE ?").param("%" + marker + "%")
                .query(Integer.class).single();
    }

    private JsonNode awaitEnd(String id) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode status = json.readTree(mvc.perform(get("/api/imports/{id}", id))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            if (!status.get("state").asText().equals("running")) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import did not end");
    }

    private static List<String> reasons(JsonNode status, String item) {
        List<String> reasons = new ArrayList<>();
        status.get("rejected").forEach(rejection -> {
            if (rejection.get("item").asText().equals(item)) {
                reasons.add(rejection.get("reason").asText());
            }
        });
        return reasons;
    }

    private String started(org.springframework.test.web.servlet.ResultActions post) throws Exception {
        return json.readTree(post.andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString())
                .get("id").asText();
    }

    @Test
    void files_of_every_kind_are_imported_to_the_end_with_a_reason_for_each_rejected_item() throws Exception {
        MockMultipartFile text = new MockMultipartFile("files", "a.txt", "text/plain", utf8("Api text\nApiMarkerTxt in Tripoli."));
        MockMultipartFile html = new MockMultipartFile("files", "b.html", "text/html",
                utf8("<html><head><title>Api page</title></head><body><article><p>ApiMarkerHtml in Sirte.</p></article></body></html>"));
        MockMultipartFile pdf = new MockMultipartFile("files", "c.pdf", "application/pdf",
                ImportFixtures.pdf("ApiMarkerPdf in Egypt."));
        MockMultipartFile lines = new MockMultipartFile("files", "d.jsonl", "application/x-ndjson",
                utf8("{\"title\": \"Line\", \"text\": \"ApiMarkerLine in Tunis.\"}\n{\"title\": 5}\n"));
        MockMultipartFile scan = new MockMultipartFile("files", "scan.pdf", "application/pdf",
                ImportFixtures.pdf((String) null));
        String id = started(mvc.perform(multipart("/api/imports").file(text).file(html).file(pdf).file(lines).file(scan)));

        JsonNode status = awaitEnd(id);
        assertThat(status.get("state").asText()).isEqualTo("done");
        assertThat(status.get("total").asInt()).isEqualTo(6);
        assertThat(status.get("done").asInt()).isEqualTo(6);
        assertThat(status.get("added").asInt()).isEqualTo(4);
        assertThat(status.get("duplicates").asInt()).isZero();
        assertThat(reasons(status, "d.jsonl line 2")).singleElement().asString().startsWith("line 2:");
        assertThat(reasons(status, "scan.pdf")).singleElement().asString().contains("no text layer");
        for (String marker : new String[] {"ApiMarkerTxt", "ApiMarkerHtml", "ApiMarkerPdf", "ApiMarkerLine"}) {
            assertThat(stored(marker)).as(marker).isEqualTo(1);
        }

        JsonNode again = awaitEnd(started(mvc.perform(multipart("/api/imports").file(text).file(html))));
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(2);
        assertThat(stored("ApiMarkerTxt")).isEqualTo(1);
    }

    @Test
    void a_hostile_zip_stores_only_its_plain_entries() throws Exception {
        byte[] bomb = ImportFixtures.zipBomb("first.txt", "Bomb first\nApiMarkerBeforeBomb in Tripoli.", 64);
        byte[] hostile = zip(entries("../escape.txt", "Escape\nApiMarkerEscape in Sirte.",
                "/etc/passwd.txt", "Passwd\nApiMarkerAbsolute in Sirte.",
                "fine.txt", "Fine\nApiMarkerFine in Egypt.",
                "bomb.zip", bomb));
        String id = started(mvc.perform(multipart("/api/imports")
                .file(new MockMultipartFile("files", "hostile.zip", "application/zip", hostile))));

        JsonNode status = awaitEnd(id);
        assertThat(status.get("state").asText()).isEqualTo("done");
        assertThat(reasons(status, "hostile.zip!/../escape.txt")).singleElement().asString().contains("leads out");
        assertThat(reasons(status, "hostile.zip!//etc/passwd.txt")).singleElement().asString().contains("absolute path");
        assertThat(reasons(status, "hostile.zip")).singleElement().asString().contains("zip bomb");
        assertThat(stored("ApiMarkerEscape")).isZero();
        assertThat(stored("ApiMarkerAbsolute")).isZero();
        assertThat(stored("Nothing after a bomb is read")).isZero();
        assertThat(stored("ApiMarkerFine")).isEqualTo(1);
        assertThat(stored("ApiMarkerBeforeBomb")).isEqualTo(1);
    }

    @Test
    void a_json_lines_body_is_imported() throws Exception {
        String id = started(mvc.perform(post("/api/imports").contentType("application/x-ndjson")
                .content("{\"title\": \"N1\", \"text\": \"ApiMarkerNd1 in Tripoli.\", \"source\": \"nd\"}\n"
                        + "{\"title\": \"N2\", \"text\": \"ApiMarkerNd2 in Sirte.\"}\n"
                        + "{\"title\": \"N2 again\", \"text\": \"ApiMarkerNd2 in Sirte.\"}\n")));
        JsonNode status = awaitEnd(id);
        assertThat(status.get("added").asInt()).isEqualTo(2);
        assertThat(status.get("duplicates").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT source FROM article WHERE body LIKE '%ApiMarkerNd1%'").query(String.class).single())
                .isEqualTo("nd");
    }

    @Test
    void an_unknown_import_is_404_and_a_request_without_files_or_body_is_400() throws Exception {
        mvc.perform(get("/api/imports/{id}", "no-such-import")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error", Matchers.containsString("no import")));
        mvc.perform(multipart("/api/imports").param("source", "x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", Matchers.containsString("one or more files")));
        mvc.perform(post("/api/imports").contentType("application/x-ndjson").content(""))
                .andExpect(status().isBadRequest());
    }

    @Test
    void articles_take_html_and_pdf_bodies_with_the_same_answers_as_text() throws Exception {
        mvc.perform(post("/api/articles").contentType(MediaType.TEXT_HTML)
                        .content("<html><head><title>Html post</title></head><body><nav>Menu</nav><main><p>ApiMarkerPostHtml in Tripoli.</p></main></body></html>"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title", Matchers.is("Html post")))
                .andExpect(jsonPath("$.mentions[0].name", Matchers.is("Tripoli")));
        byte[] pdf = ImportFixtures.pdf("ApiMarkerPostPdf in Sirte.");
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_PDF).content(pdf))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_PDF).content(pdf))
                .andExpect(status().isOk()).andExpect(jsonPath("$.duplicate", Matchers.is(true)));
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_PDF).content(utf8("ApiMarkerNotPdf")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", Matchers.containsString("not a readable PDF")));
        assertThat(stored("ApiMarkerNotPdf")).isZero();
        assertThat(stored("ApiMarkerPostPdf")).isEqualTo(1);
        assertThat(stored("Menu")).isZero();
    }
}
