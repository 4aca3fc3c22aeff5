package org.newsatlas.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {

    private static ParsedFeed parse(String xml) {
        return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_rss_feed_gives_its_title_and_items_with_link_date_and_full_text_when_encoded() {
        ParsedFeed feed = parse(FeedFixtures.rss("http://news.example", "Desert Wire",
                FeedFixtures.rssItem("http://news.example", "Talks resume", "/talks", "Tue, 07 Jul 2020 10:00:00 GMT",
                        FeedFixtures.LONG_TEXT)
                        + FeedFixtures.rssItem("http://news.example", "Short", "/short", "Wed, 08 Jul 2020 10:00:00 GMT", null)));

        assertThat(feed.title()).isEqualTo("Desert Wire");
        assertThat(feed.items()).hasSize(2);
        FeedItem full = feed.items().get(0);
        assertThat(full.title()).isEqualTo("Talks resume");
        assertThat(full.link()).isEqualTo("http://news.example/talks");
        assertThat(full.key()).isEqualTo("http://news.example/talks");
        assertThat(full.publishedAt()).isEqualTo(Instant.parse("2020-07-07T10:00:00Z"));
        assertThat(full.hasFullText()).isTrue();
        assertThat(full.content()).contains("Delegations met in Tripoli");
        assertThat(feed.items().get(1).hasFullText()).as("a description is a summary, not the text").isFalse();
        assertThat(feed.items().get(1).content()).isNull();
    }

    @Test
    void an_atom_feed_gives_its_entries() {
        ParsedFeed feed = parse(FeedFixtures.atom("http://news.example"));

        assertThat(feed.title()).isEqualTo("Atom Wire");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.link()).isEqualTo("http://news.example/atom/misrata.html");
            assertThat(item.key()).isEqualTo("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
            assertThat(item.publishedAt()).isEqualTo(Instant.parse("2025-03-04T09:30:00Z"));
        });
    }

    @Test
    void an_external_entity_is_refused_and_the_file_it_names_is_never_read(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY leak SYSTEM "%s">]>
                <rss version="2.0"><channel><title>&leak;</title><link>http://x/</link><description>d</description>
                <item><title>t</title><link>http://x/1</link></item></channel></rss>""".formatted(secret.toUri());

        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(FeedUnreadable.class)
                .hasMessageNotContaining("TOP-SECRET");
        assertThat(parse(xxe.replaceAll("<!DOCTYPE[^>]*>]>", "").replace("&leak;", "Plain")).title())
                .isEqualTo("Plain");
    }

    @Test
    void entity_expansion_is_refused_quickly() {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [%s]>
                <rss version="2.0"><channel><title>&a10;</title><link>http://x/</link><description>d</description>
                </channel></rss>""".formatted(entities);
        long start = System.nanoTime();

        assertThatThrownBy(() -> parse(bomb)).isInstanceOf(FeedUnreadable.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
    }

    @Test
    void something_that_is_not_a_feed_is_unreadable() {
        assertThatThrownBy(() -> parse("<html><body>Not a feed</body></html>")).isInstanceOf(FeedUnreadable.class);
    }
}
