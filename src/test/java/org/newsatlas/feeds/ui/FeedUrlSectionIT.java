package org.newsatlas.feeds.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.KaribuSupport;
import org.newsatlas.dashboard.ui.DashboardView;
import org.newsatlas.fetch.LocalServer;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Same context as FeedPollIT: a database of its own, and the local test server allowed. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:newsatlas-feeds;DB_CLOSE_DELAY=-1",
        "newsatlas.fetch.allowed-hosts=127.0.0.1"})
@Import(TestGeoparserConfiguration.class)
class FeedUrlSectionIT extends KaribuSupport {

    private final LocalServer server = new LocalServer();
    private final String base = "http://127.0.0.1:" + server.port();

    @BeforeEach
    void openDialog() {
        server.serve("/dialog.rss", "application/rss+xml", """
                        <?xml version="1.0"?><rss version="2.0"><channel><title>Dialog Wire</title><link>BASE/</link>
                        <description>d</description>
                        <item><title>Quiet day in Derna</title><link>BASE/derna.html</link></item>
                        </channel></rss>""".replace("BASE", base))
                .serve("/derna.html", "text/html", "<html><body><p>Derna was quiet. " + base + "</p></body></html>");
        UI.getCurrent().navigate(DashboardView.class);
        _click(_get(Button.class, spec -> spec.withText("Add article")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String fetch(String url) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Feed URL")), url);
        _click(_get(Button.class, spec -> spec.withText("Fetch feed now")));
        return _get(Paragraph.class, spec -> spec.withClasses("feed-outcome")).getText();
    }

    @Test
    void a_feed_fetched_from_the_dialog_says_what_was_added_and_a_second_fetch_adds_nothing() {
        assertThat(fetch(base + "/dialog.rss")).isEqualTo("Dialog Wire: 1 item, 1 added, 0 already stored, "
                + "0 seen before, 0 not taken in.");
        assertThat(fetch(base + "/dialog.rss")).contains("0 added").contains("1 seen before");
    }

    @Test
    void an_address_that_may_not_be_fetched_is_refused_with_its_reason() {
        assertThat(fetch("file:///etc/passwd")).startsWith("The feed could not be read: Only http and https");
        assertThat(fetch("http://10.0.0.1/feed.rss")).contains("private address");
    }
}
