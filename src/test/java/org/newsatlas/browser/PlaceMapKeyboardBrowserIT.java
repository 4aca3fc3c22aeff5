package org.newsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.browser.Chromium.Focused;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Markers and clusters by keyboard alone, in a real Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-browser;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
class PlaceMapKeyboardBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromiumAndTheProductionBundle() throws IOException {
        Chromium.assumeAvailable();
    }

    @Test
    void a_person_tabs_to_a_marker_sees_its_focus_and_name_and_selects_it_with_enter() {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            page.navigate("http://localhost:" + port + "/");
            page.locator("[data-place-id]").first().waitFor();
            Locator sentences = page.locator("[data-article-id]");
            assertThat(sentences.count()).as("nothing selected yet").isZero();

            Focused marker = Chromium.tabTo(page, "p");
            assertThat(marker.label()).matches(".+, \\d+ mentions?");
            assertThat(marker.outline()).as("a visible focus ring").isNotEqualTo("none");
            page.keyboard().press("Enter");

            sentences.first().waitFor();
            assertThat(sentences.first().locator("mark").count()).isPositive();
            Locator chosen = page.locator("[data-place-id='" + marker.placeId() + "']");
            assertThat(chosen.getAttribute("class")).contains("selected");
        }
    }

    @Test
    void space_on_a_cluster_zooms_into_it_and_keeps_the_focus_on_the_map() {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            page.navigate("http://localhost:" + port + "/test/place-map?places=400&view=20,0,2");
            page.locator("[data-key^='c']").first().waitFor();
            int before = Chromium.zoom(page);

            Focused cluster = Chromium.tabTo(page, "c");
            assertThat(cluster.label()).matches("[\\d,]+ places, [\\d,]+ mentions; opens the cluster");
            page.keyboard().press(" ");

            page.waitForCondition(() -> Chromium.zoom(page) > before);
            // the cluster keeps the focus until the zoom animation ends and the new circles are drawn
            page.waitForCondition(() -> !cluster.key().equals(Chromium.focused(page).key()));
            assertThat(Chromium.focused(page).key()).as("focus moved to what the cluster held").isNotNull();
            page.locator("#events .event").first().waitFor();
            assertThat(page.locator("#events .event").first().textContent()).as("a person's move").startsWith("view ");
        }
    }
}
