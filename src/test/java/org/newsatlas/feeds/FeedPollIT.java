package org.newsatlas.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.articles.Article;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.fetch.LocalServer;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:newsatlas-feeds;DB_CLOSE_DELAY=-1",
        "newsatlas.fetch.allowed-hosts=127.0.0.1"})
@Import(TestGeoparserConfiguration.class)
class FeedPollIT {

    private final LocalServer server = new LocalServer();
    private final String base = "http://127.0.0.1:" + server.port();

    @Autowired
    FeedService feeds;

    @Autowired
    ArticleQueries articles;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void new_rss_items_are_stored_with_date_and_source_and_a_second_poll_adds_nothing() {
        server.serve("/wire.rss", "application/rss+xml", FeedFixtures.rss(base, "Desert Wire",
                        FeedFixtures.rssItem(base, "Talks in Tripoli", "/talks.html", "Tue, 07 Jul 2020 10:00:00 GMT", null)
                                + FeedFixtures.rssItem(base, "Benghazi port", "/port.html", "Wed, 08 Jul 2020 11:00:00 GMT", null)))
                .serve("/talks.html", "text/html; charset=utf-8", FeedFixtures.page("Talks", "Envoys met in Tripoli " + base))
                .serve("/port.html", "text/html", FeedFixtures.page("Port", "Ships returned to Benghazi " + base));

        FeedReport first = feeds.pollOnce(base + "/wire.rss");

        assertThat(first.error()).isNull();
        assertThat(first.title()).isEqualTo("Desert Wire");
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.problems()).isEmpty();
        Article talks = stored("Talks in Tripoli");
        assertThat(talks.source()).isEqualTo("Desert Wire");
        assertThat(talks.publishedAt()).isEqualTo(Instant.parse("2020-07-07T10:00:00Z"));
        assertThat(talks.text()).startsWith("Talks\n\nEnvoys met in Tripoli").doesNotContain("Home | World", "Copyright");
        assertThat(linkOf(talks.id())).isEqualTo(base + "/talks.html");

        FeedReport second = feeds.pollOnce(base + "/wire.rss");

        assertThat(second.added()).isZero();
        assertThat(second.skipped()).isEqualTo(2);
        assertThat(server.requests()).containsExactly("/wire.rss", "/talks.html", "/port.html", "/wire.rss");
    }

    @Test
    void a_dead_page_is_reported_and_the_other_items_are_stored_and_it_is_tried_again_next_time() {
        server.serve("/dead.rss", "text/xml", FeedFixtures.rss(base, "Patchy Wire",
                        FeedFixtures.rssItem(base, "Gone", "/gone.html", "Tue, 07 Jul 2020 10:00:00 GMT", null)
                                + FeedFixtures.rssItem(base, "Still here in Sirte", "/here.html", "Tue, 07 Jul 2020 12:00:00 GMT", null)))
                .status("/gone.html", 404)
                .serve("/here.html", "text/html", FeedFixtures.page("Here", "Sirte is quiet " + base));

        FeedReport report = feeds.pollOnce(base + "/dead.rss");

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.item()).isEqualTo(base + "/gone.html");
            assertThat(problem.reason()).contains("HTTP 404");
        });
        assertThat(stored("Still here in Sirte").source()).isEqualTo("Patchy Wire");

        FeedReport again = feeds.pollOnce(base + "/dead.rss");

        assertThat(again.skipped()).isEqualTo(1);
        assertThat(again.problems()).hasSize(1);
    }

    @Test
    void an_item_with_content_encoded_is_stored_without_fetching_its_page() {
        server.serve("/full.rss", "application/rss+xml", FeedFixtures.rss(base, "Full Wire",
                        FeedFixtures.rssItem(base, "Full text item", "/never.html", "Thu, 09 Jul 2020 08:00:00 GMT",
                                FeedFixtures.LONG_TEXT + " " + base)
                                + FeedFixtures.rssItem(base, "Teaser item", "/teaser.html", "Thu, 09 Jul 2020 09:00:00 GMT", null)))
                .serve("/never.html", "text/html", FeedFixtures.page("Never", "should not be fetched"))
                .serve("/teaser.html", "text/html", FeedFixtures.page("Teaser", "Cairo and Tripoli " + base));

        FeedReport report = feeds.pollOnce(base + "/full.rss");

        assertThat(report.added()).isEqualTo(2);
        assertThat(stored("Full text item").text()).startsWith("Delegations met in Tripoli");
        assertThat(server.requests()).contains("/teaser.html").doesNotContain("/never.html");
    }

    @Test
    void an_atom_feed_is_stored_under_its_title() {
        server.serve("/wire.atom", "application/atom+xml", FeedFixtures.atom(base))
                .serve("/atom/misrata.html", "text/html", FeedFixtures.page("Misrata", "The port of Misrata reopened " + base));

        FeedReport report = feeds.pollOnce(base + "/wire.atom");

        assertThat(report.added()).isEqualTo(1);
        Article misrata = stored("Port reopens in Misrata");
        assertThat(misrata.source()).isEqualTo("Atom Wire");
        assertThat(misrata.publishedAt()).isEqualTo(Instant.parse("2025-03-04T09:30:00Z"));
    }

    @Test
    void a_dead_feed_is_reported_and_a_feed_on_an_unlisted_internal_host_is_refused() {
        server.status("/missing.rss", 404);

        assertThat(feeds.pollOnce(base + "/missing.rss").error()).contains("HTTP 404");
        assertThat(feeds.pollOnce("http://169.254.169.254/latest/meta-data/").error()).contains("link-local");
        assertThat(feeds.pollOnce("file:///etc/passwd").error()).contains("file:");
    }

    private Article stored(String title) {
        long id = jdbc.sql("SELECT id FROM article WHERE title = ?").param(title).query(Long.class).single();
        return articles.document(id).orElseThrow().article();
    }

    private String linkOf(long articleId) {
        return jdbc.sql("SELECT link FROM feed_item WHERE article_id = ?").param(articleId).query(String.class).single();
    }
}
