package org.newsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The review queue in a real Chromium: a key press decides the item, and the page moves on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-review-browser;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
class ReviewBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    IngestionService ingestion;

    @BeforeAll
    static void needsChromiumAndTheProductionBundle() throws IOException {
        Chromium.assumeAvailable();
    }

    @Test
    void pressing_1_decides_the_item_shows_the_next_and_counts_it() {
        ingestion.ingest(new ArticleSubmission("Two shores", "Ships left Tripoli for Egypt at dawn.", null, "Review Desk"));
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            page.navigate("http://localhost:" + port + "/review?source=Review+Desk");
            Locator heading = page.locator(".review-heading");
            Locator progress = page.locator(".review-progress-text");
            page.locator(".review-heading", new Page.LocatorOptions().setHasText("“Tripoli”")).waitFor();
            assertThat(progress.textContent()).isEqualTo("0 of 2 reviewed this session");
            assertThat(page.locator(".review-progress-bar").getAttribute("aria-valuenow")).isEqualTo("0");

            page.keyboard().press("1");

            page.locator(".review-heading", new Page.LocatorOptions().setHasText("“Egypt”")).waitFor();
            assertThat(heading.textContent()).doesNotContain("Tripoli");
            assertThat(progress.textContent()).isEqualTo("1 of 2 reviewed this session");
            assertThat(page.locator(".review-progress-bar").getAttribute("aria-valuenow")).isEqualTo("1");
            assertThat(page.locator(".review-status").textContent()).contains("“Tripoli” read as Tripoli, Libya");
        }
    }
}
