package org.newsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** At phone size (390x844): the reader's text is readable, the map takes the full width, filters wait behind a button. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-phone-browser;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
class PhoneBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    IngestionService ingestion;

    @BeforeAll
    static void needsChromiumAndTheProductionBundle() throws IOException {
        Chromium.assumeAvailable();
    }

    private static Page phone(Browser browser) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true));
        page.setDefaultTimeout(30_000);
        return page;
    }

    @Test
    void the_readers_text_column_is_wider_than_300_px_on_a_phone() {
        long id = ingestion.ingest(new ArticleSubmission("Phone reading", "Talks went on in Tripoli. Sirte was quiet. "
                + "Delegates from Tunisia and Egypt arrived on Tuesday.", Instant.parse("2021-05-05T10:00:00Z"),
                "Phone Wire")).articleId();
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = phone(browser);
            page.navigate("http://localhost:" + port + "/articles/" + id);
            page.locator(".article-text mark").first().waitFor();

            BoundingBox text = page.locator(".article-text").boundingBox();
            assertThat(text.width).isGreaterThan(300);
            assertThat(text.x + text.width).isLessThanOrEqualTo(390);
            assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(390);
        }
    }

    @Test
    void the_dashboard_on_a_phone_has_a_full_width_map_and_its_filters_behind_a_button() {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = phone(browser);
            page.navigate("http://localhost:" + port + "/");
            page.locator("place-map").waitFor();

            BoundingBox map = page.locator("place-map").boundingBox();
            assertThat(map.x).isZero();
            assertThat(map.width).isEqualTo(390);
            assertThat(page.locator(".search-filter").isVisible()).isFalse();
            page.locator(".filters-toggle").click();
            // the bar opens after the server's answer
            page.locator(".search-filter").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
            assertThat(page.locator(".filters-toggle").getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(390);
        }
    }

    @Test
    void the_top_bar_on_a_phone_shows_the_whole_add_button_beside_the_title_and_the_links() {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = phone(browser);
            page.navigate("http://localhost:" + port + "/");
            page.locator("place-map").waitFor();

            BoundingBox add = page.locator(".upload-button").boundingBox();
            BoundingBox imports = page.locator(".app-navbar .nav-link").last().boundingBox();
            assertThat(add.x + add.width).isLessThanOrEqualTo(390);
            assertThat(imports.x + imports.width).isLessThanOrEqualTo(add.x);
            assertThat(page.evaluate("() => document.querySelector('.app-navbar').scrollWidth")).isEqualTo(390);
        }
    }
}
