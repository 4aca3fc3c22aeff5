package org.newsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @LocalServerPort
    int port;

    @Autowired
    PlaceQueries places;

    @BeforeAll
    static void needsChromiumAndTheProductionBundle() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM),
                "Browser test skipped: no Chromium at /usr/bin/chromium (install it with: apt-get install -y chromium)");
        assumeTrue(productionBundleBuilt(),
                "Browser test skipped: it needs the production frontend bundle; run ./mvnw -Pproduction verify");
    }

    private static boolean productionBundleBuilt() throws IOException {
        try (InputStream info = MarkerToArticleBrowserIT.class.getResourceAsStream("/META-INF/VAADIN/config/flow-build-info.json")) {
            return info != null && Pattern.compile("\"productionMode\"\\s*:\\s*true")
                    .matcher(new String(info.readAllBytes(), StandardCharsets.UTF_8)).find();
        }
    }

    @Test
    void a_person_goes_from_a_marker_to_its_sentences_to_the_marked_article() {
        PlaceSummary sirte = places.mapPlaces().stream().filter(p -> p.name().equals("Sirte")).findFirst().orElseThrow();
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync")))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/");

            page.locator("[data-place-id]").first().waitFor();
            // Bring Sirte out of any cluster and wait for the map to stop moving: a marker clicked
            // in the middle of a zoom animation can be replaced under the pointer.
            page.evaluate("id => document.querySelector('place-map').selectPlace(id)", Math.toIntExact(sirte.id()));
            Locator marker = page.locator("[data-place-id='" + sirte.id() + "']");
            marker.waitFor();
            waitUntilStill(page, marker);

            Locator sentence = page.locator("[data-article-id]").first();
            clickUntilVisible(marker, sentence);
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

    private static void waitUntilStill(Page page, Locator marker) {
        BoundingBox last = marker.boundingBox();
        for (int i = 0; i < 20; i++) {
            page.waitForTimeout(250);
            BoundingBox now = marker.boundingBox();
            if (last != null && now != null && last.x == now.x && last.y == now.y) {
                return;
            }
            last = now;
        }
    }

    /** Clicks the marker until the panel shows its sentences (a click during an animation may be lost). */
    private static void clickUntilVisible(Locator marker, Locator sentence) {
        for (int attempt = 1; ; attempt++) {
            marker.click();
            try {
                sentence.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
