package org.newsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Loading and errors in a real browser: a loading screen instead of a white page, and words instead of exceptions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-phone-browser;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
class FriendlyPagesBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromiumAndTheProductionBundle() throws IOException {
        Chromium.assumeAvailable();
    }

    @Test
    void the_first_byte_of_the_page_already_shows_a_loading_screen_which_goes_once_the_app_is_there() {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            String html = page.request().get("http://localhost:" + port + "/").text();
            assertThat(html).contains("id=\"splash\"").contains("Loading the map of the news");

            page.navigate("http://localhost:" + port + "/");
            page.locator("vaadin-app-layout").waitFor();
            page.locator(".totals").waitFor();
            assertThat(page.locator("#splash").isVisible()).isFalse();
        }
    }

    @Test
    void unknown_addresses_and_bad_ids_get_a_page_in_words_with_a_way_back() {
        record Case(String path, String heading, String sentence) {
        }
        List<Case> cases = List.of(
                new Case("no/such/page", "Page not found", "There is no page at /no/such/page."),
                new Case("articles/abc", "Article not found", "“abc” is not an article id"),
                new Case("articles/999999", "Article not found", "There is no article with id 999999."),
                new Case("places/abc", "Place not found", "“abc” is not a place id"));
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            for (Case wrong : cases) {
                page.navigate("http://localhost:" + port + "/" + wrong.path());
                page.locator(".message-page h1").waitFor();

                String shown = page.locator(".message-page").innerText();
                assertThat(shown).as(wrong.path()).contains(wrong.heading()).contains(wrong.sentence())
                        .doesNotContain("Exception").doesNotContain("Couldn't find route");
                page.locator(".way-back").click();
                page.locator(".totals").waitFor();
                assertThat(page.url()).isEqualTo("http://localhost:" + port + "/");
            }
        }
    }
}
