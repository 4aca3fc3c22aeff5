package org.newsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.newsatlas.places.PlaceQueries;
import org.newsatlas.places.PlaceSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The main path in a real Chromium: marker, then sentence, then the article with its marks.
 * Runs against the production frontend bundle ({@code ./mvnw -Pproduction verify}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-browser;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
class MarkerToArticleBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    PlaceQueries places;

    @BeforeAll
    static void needsChromiumAndTheProductionBundle() throws IOException {
        Chromium.assumeAvailable();
    }

    @Test
    void a_person_goes_from_a_marker_to_its_sentences_to_the_marked_article() {
        PlaceSummary sirte = places.mapPlaces().stream().filter(p -> p.name().equals("Sirte")).findFirst().orElseThrow();
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            page.navigate("http://localhost:" + port + "/");

            page.locator("[data-place-id]").first().waitFor();
            // Bring Sirte out of any cluster and wait for the map to stop moving.
            page.evaluate("id => document.querySelector('place-map').selectPlace(id)", Math.toIntExact(sirte.id()));
            Locator marker = page.locator("[data-place-id='" + sirte.id() + "']");
            marker.waitFor();
            Chromium.waitUntilStill(page, marker);

            Locator sentence = page.locator("[data-article-id]").first();
            Chromium.clickUntilVisible(marker, sentence);
            assertThat(sentence.locator("mark").first().textContent()).isEqualTo("Sirte");
            String articleId = sentence.getAttribute("data-article-id");
            sentence.click();

            page.waitForURL(Pattern.compile(".*/articles/" + articleId + "\\?sentence=\\d+$"));
            page.locator("mark[data-place-id]").first().waitFor();
            assertThat(page.locator("mark[data-place-id]").count()).isGreaterThan(5);
            assertThat(page.locator(".sentence.focused").textContent()).contains("Sirte");
            assertThat(page.locator(".sentence.focused").isVisible()).isTrue();
        }
    }
}
