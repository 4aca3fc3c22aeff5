package org.newsatlas.ingestion.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.newsatlas.geoparser.Geoparser;
import org.newsatlas.geoparser.LoadingGeoparser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The app serves while its geoparser still loads; an article posted then waits for it. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:newsatlas-start-up;DB_CLOSE_DELAY=-1",
        "newsatlas.ingestion.sample-article=false"})
@Import(LoadingGeoparser.class)
@AutoConfigureMockMvc
class ArticlesPostedDuringStartUpIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Geoparser geoparser;

    @Test
    void an_article_posted_while_the_geoparser_loads_is_stored_once_it_is_ready_and_the_next_goes_straight_through()
            throws Exception {
        assertThat(geoparser.isReady()).as("the context started before the geoparser loaded").isFalse();
        CompletableFuture<MockHttpServletResponse> early = CompletableFuture.supplyAsync(() -> postArticle(
                "Envoys met in Tripoli on Monday."));
        Thread.sleep(500);
        assertThat(early).as("the post waits for the geoparser").isNotDone();

        LoadingGeoparser.finishLoading();

        MockHttpServletResponse stored = early.get(10, TimeUnit.SECONDS);
        assertThat(stored.getStatus()).isEqualTo(201);
        JsonNode article = json.readTree(mvc.perform(get(stored.getHeader("Location")))
                .andReturn().getResponse().getContentAsString());
        assertThat(article.get("mentions")).singleElement()
                .satisfies(mention -> assertThat(mention.get("name").asText()).isEqualTo("Tripoli"));

        long started = System.nanoTime();
        MockHttpServletResponse next = postArticle("Fishing boats left Sirte at dawn.");
        assertThat(next.getStatus()).isEqualTo(201);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    private MockHttpServletResponse postArticle(String text) {
        try {
            return mvc.perform(MockMvcRequestBuilders.post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(Map.of("title", "Early", "text", text))))
                    .andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
