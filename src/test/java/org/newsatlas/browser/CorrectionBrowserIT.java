package org.newsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
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
 * A correction in a real Chromium: open the reader, click a highlighted name, pick another
 * reading, and the marker moves on the map (Tripoli, Libya lies west of Egypt; Tripoli, Lebanon east).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-correction-browser;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
class CorrectionBrowserIT {

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
    void picking_another_reading_in_the_reader_moves_the_marker() {
        long id = ingestion.ingest(new ArticleSubmission("Two shores", "Ships left Tripoli for Egypt at dawn.",
                null, null)).articleId();
        long egypt = placeId(id, "Egypt");
        long libya = placeId(id, "Tripoli");
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            page.navigate("http://localhost:" + port + "/articles/" + id);
            Locator tripoliMarker = page.locator("place-map [data-place-id='" + libya + "']");
            Locator egyptMarker = page.locator("place-map [data-place-id='" + egypt + "']");
            tripoliMarker.waitFor();
            Chromium.waitUntilStill(page, tripoliMarker);
            assertThat(centreX(tripoliMarker)).isLessThan(centreX(egyptMarker));
            Locator name = page.locator("mark.place-name", new Page.LocatorOptions().setHasText("Tripoli"));
            assertThat(name.getAttribute("class")).contains("doubtful");
            assertThat(name.getAttribute("aria-label")).contains("uncertain");

            name.click();
            page.locator(".mention-panel .reading[data-geonameid='266826']").click();
            page.locator(".mention-panel-status", new Page.LocatorOptions().setHasText("changed")).waitFor();

            long lebanon = placeId(id, "Tripoli");
            assertThat(lebanon).isNotEqualTo(libya);
            Locator moved = page.locator("place-map [data-place-id='" + lebanon + "']");
            moved.waitFor();
            Chromium.waitUntilStill(page, moved);
            assertThat(page.locator("place-map [data-place-id='" + libya + "']").count()).isZero();
            assertThat(centreX(moved)).isGreaterThan(centreX(page.locator("place-map [data-place-id='" + egypt + "']")));
            assertThat(page.locator(".mention-panel-status").textContent()).contains("1 mention changed");
        }
    }

    private long placeId(long articleId, String name) {
        return articles.document(articleId).orElseThrow().mentions().stream()
                .filter(m -> m.name().equals(name)).findFirst().map(PlacedMention::placeId).orElseThrow();
    }

    private static double centreX(Locator marker) {
        BoundingBox box = marker.boundingBox();
        return box.x + box.width / 2;
    }
}
