package org.newsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
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
            Locator marker = page.locator("[data-place-id='" + sirte.id() + "']");
            if (marker.count() == 0) {
                // Sirte may sit inside a cluster at this zoom: let the map open it up
                page.evaluate("id => document.querySelector('place-map').selectPlace(id)", sirte.id());
            }
            marker.click();

            Locator sentence = page.locator("[data-article-id]").first();
            sentence.waitFor();
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
