package org.newsatlas.feeds.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.newsatlas.fetch.LocalServer;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:newsatlas-feed-api;DB_CLOSE_DELAY=-1",
        "newsatlas.fetch.allowed-hosts=127.0.0.1", "newsatlas.feeds.interval=1h"})
@Import(TestGeoparserConfiguration.class)
@AutoConfigureMockMvc
// the cross-site test's accepted poll takes the feed's item in: the report test must see it new
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedApiIT {

    private static final LocalServer SERVER = new LocalServer();
    private static final String BASE = "http://127.0.0.1:" + SERVER.port();

    static {
        SERVER.serve("/api.rss", "application/rss+xml", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>API Wire</title><link>BASE/</link>
                <description>d</description>
                <item><title>Ships in Tobruk</title><link>BASE/tobruk.html</link>
                <pubDate>Fri, 10 Jul 2020 08:00:00 GMT</pubDate></item>
                <item><title>Missing</title><link>BASE/missing.html</link></item>
                </channel></rss>""".replace("BASE", BASE))
                .serve("/tobruk.html", "text/html", "<html><body><p>Ships came to Tobruk.</p></body></html>")
                .status("/missing.html", 410);
    }

    @DynamicPropertySource
    static void feeds(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.feeds", () -> BASE + "/api.rss, " + BASE + "/no-such-feed.rss");
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    @Order(1)
    void a_poll_on_demand_is_accepted_and_its_report_read_back_with_per_feed_and_per_item_problems() throws Exception {
        mvc.perform(get("/api/feeds"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.feeds.length()").value(2))
                .andExpect(jsonPath("$.interval").value("PT1H"));

        mvc.perform(post("/api/feeds/poll")).andExpect(status().isAccepted());

        JsonNode lastPoll = awaitLastPoll();
        assertThat(lastPoll.get("startedAt").asText()).isNotEmpty();
        JsonNode wire = lastPoll.get("feeds").get(0);
        assertThat(wire.get("title").asText()).isEqualTo("API Wire");
        assertThat(wire.get("added").asInt()).isEqualTo(1);
        assertThat(wire.get("problems").get(0).get("item").asText()).isEqualTo(BASE + "/missing.html");
        assertThat(wire.get("problems").get(0).get("reason").asText()).contains("HTTP 410");
        JsonNode dead = lastPoll.get("feeds").get(1);
        assertThat(dead.get("error").asText()).contains("HTTP 404");
    }

    @Test
    @Order(2)
    void a_poll_asked_for_by_another_site_is_refused() throws Exception {
        mvc.perform(post("/api/feeds/poll").header("Origin", "http://evil.example")).andExpect(status().isForbidden());
        mvc.perform(post("/api/feeds/poll").header("Origin", "http://localhost")).andExpect(status().isAccepted());
    }

    private JsonNode awaitLastPoll() throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode state = json.readTree(mvc.perform(get("/api/feeds")).andReturn().getResponse().getContentAsString());
            if (!state.get("lastPoll").isNull() && !state.get("polling").asBoolean()) {
                return state.get("lastPoll");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no poll finished within 20 s");
    }
}
