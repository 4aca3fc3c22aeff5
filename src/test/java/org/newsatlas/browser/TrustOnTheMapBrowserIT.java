package org.newsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionService;
import org.newsatlas.places.PlacedMention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Doubt on the dashboard's map and names added from a selection, in a real Chromium. Tripoli's two
 * readings (Libya, Lebanon) are close and far apart, so its marker is uncertain; Egypt's is not.
 * The test geoparser never finds Springfield or Ghat in a text, but knows them by name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-trust-browser;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
class TrustOnTheMapBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    IngestionService ingestion;

    @Autowired
    ArticleQueries articles;

    @BeforeAll
    static void needsChromiumAndTheProductionBundle() throws IOException {
        Chromium.assumeAvailable();
    }

    @Test
    void an_uncertain_marker_shows_its_badge_and_says_so_while_a_certain_one_does_not() {
        long id = ingestion.ingest(new ArticleSubmission("Two shores", "Ships left Tripoli for Egypt at dawn. zqbadge.",
                null, null)).articleId();
        long tripoli = placeId(id, "Tripoli");
        long egypt = placeId(id, "Egypt");
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            page.navigate("http://localhost:" + port + "/?q=zqbadge");
            Locator uncertain = page.locator("place-map .place-marker[data-place-id='" + tripoli + "']");
            Locator certain = page.locator("place-map .place-marker[data-place-id='" + egypt + "']");
            uncertain.waitFor();
            certain.waitFor();

            assertThat(uncertain.getAttribute("class")).contains("uncertain");
            assertThat(uncertain.getAttribute("aria-label")).isEqualTo("Tripoli, 1 mention, uncertain reading");
            assertThat(uncertain.locator(".uncertain-badge").textContent()).isEqualTo("?");
            assertThat(uncertain.locator(".uncertain-badge").isVisible()).isTrue();
            assertThat(certain.getAttribute("class")).doesNotContain("uncertain");
            assertThat(certain.getAttribute("aria-label")).isEqualTo("Egypt, 1 mention");
            assertThat(certain.locator(".uncertain-badge").count()).isZero();
            assertThat(page.locator("place-map .legend-body").textContent()).contains("uncertain reading");

            Chromium.waitUntilStill(page, uncertain);
            uncertain.hover();
            assertThat(page.locator("place-map .leaflet-tooltip .uncertain-note").textContent())
                    .contains("uncertain reading");
        }
    }

    @Test
    void text_selected_by_mouse_or_by_keyboard_is_added_as_a_place_marked_and_on_the_map() {
        String text = "Traders from Springfield met at dawn. Ghat lies far south of Tripoli.";
        long id = ingestion.ingest(new ArticleSubmission("Salt road", text, null, null)).articleId();
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            page.navigate("http://localhost:" + port + "/articles/" + id);
            page.locator("mark.place-name").first().waitFor();

            // by mouse: a double click selects the word
            @SuppressWarnings("unchecked")
            List<Number> at = (List<Number>) page.evaluate("""
                    word => {
                      const root = document.querySelector('.article-text');
                      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                        const i = node.data.indexOf(word);
                        if (i >= 0) {
                          const range = document.createRange();
                          range.setStart(node, i);
                          range.setEnd(node, i + word.length);
                          const r = range.getBoundingClientRect();
                          return [r.x + r.width / 2, r.y + r.height / 2];
                        }
                      }
                      return null;
                    }""", "Springfield");
            page.mouse().dblclick(at.get(0).doubleValue(), at.get(1).doubleValue());
            Locator bar = page.locator("text-selection.selection-bar.shown");
            bar.waitFor();
            assertThat(bar.locator(".selection-words").textContent()).isEqualTo("“Springfield”");
            bar.locator(".add-as-place").click();
            page.locator(".add-place-choice[data-geonameid='4951788']").click();
            page.locator("mark.place-name", new Page.LocatorOptions().setHasText("Springfield")).waitFor();
            PlacedMention springfield = mention(id, "Springfield");
            assertThat(springfield.start()).isEqualTo(text.indexOf("Springfield"));
            assertThat(springfield.end()).isEqualTo(text.indexOf("Springfield") + "Springfield".length());
            assertOnTheMap(page, "Springfield", springfield.placeId());

            // by keyboard: Shift+arrows from the focused sentence, Enter, Tab to the place, Enter
            int ghat = text.indexOf("Ghat");
            page.locator("#s-" + ghat).focus();
            for (int i = 0; i < 4; i++) {
                page.keyboard().press("Shift+ArrowRight");
            }
            page.keyboard().press("Enter");
            page.locator(".add-place-choice[data-geonameid='2219905']").waitFor();
            page.keyboard().press("Tab");
            page.keyboard().press("Enter");
            page.locator("mark.place-name", new Page.LocatorOptions().setHasText("Ghat")).waitFor();
            PlacedMention added = mention(id, "Ghat");
            assertThat(added.start()).isEqualTo(ghat);
            assertThat(added.end()).isEqualTo(ghat + 4);
            assertOnTheMap(page, "Ghat", added.placeId());
            assertThat(page.locator("mark.place-name").allTextContents())
                    .containsExactly("Springfield", "Ghat", "Tripoli");
        }
    }

    /** A click on the name selects its place, and the small map zooms until its marker stands alone (not in a cluster). */
    private static void assertOnTheMap(Page page, String name, long placeId) {
        page.locator("mark.place-name", new Page.LocatorOptions().setHasText(name)).click();
        page.locator("place-map .place-marker.selected[data-place-id='" + placeId + "']").waitFor();
    }

    private PlacedMention mention(long articleId, String name) {
        return articles.document(articleId).orElseThrow().mentions().stream()
                .filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private long placeId(long articleId, String name) {
        return mention(articleId, name).placeId();
    }
}
