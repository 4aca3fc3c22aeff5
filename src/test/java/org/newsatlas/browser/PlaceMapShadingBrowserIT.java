package org.newsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Countries shaded by mentions, with the legend that reads them, in a real Chromium; the shading
 * of {@link PlaceMapTestView#SHADING} (Libya 40, Egypt 12, Tunisia 3, Algeria 1) makes the classes
 * 1, 2–9, 10–19 and 20–40.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-browser;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
class PlaceMapShadingBrowserIT {

    private static final String NORTH_AFRICA = "&view=28,15,4";

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromiumAndTheProductionBundle() throws IOException {
        Chromium.assumeAvailable();
    }

    @Test
    void countries_are_shaded_by_class_with_a_legend_and_a_click_names_the_country() {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            page.navigate("http://localhost:" + port + "/test/place-map?mode=countries" + NORTH_AFRICA);
            Locator libya = page.locator("path[data-country-code='LY']");
            libya.waitFor();

            assertThat(libya.getAttribute("fill")).as("the darkest class").isEqualTo("#bd0026");
            assertThat(page.locator("path[data-country-code='EG']").getAttribute("fill")).isEqualTo("#f03b20");
            assertThat(page.locator("path[data-country-code='DZ']").getAttribute("fill")).isEqualTo("#ffffb2");
            assertThat(page.locator("path[data-country-code]").count()).as("only countries with mentions").isEqualTo(4);
            assertThat(libya.getAttribute("aria-label")).isEqualTo("Libya, 40 mentions");
            Locator legend = page.locator(".legend-body");
            assertThat(legend.locator(".legend-title").textContent()).isEqualTo("Mentions of places in each country");
            assertThat(legend.locator(".shade-class").allTextContents()).containsExactly("1", "2–9", "10–19", "20–40", "none");

            libya.click();
            page.locator("#events .event:has-text('country LY')").waitFor();
            page.locator("path[data-country-code='EG']").focus();
            page.keyboard().press("Enter");
            page.locator("#events .event:has-text('country EG')").waitFor();
        }
    }

    @Test
    void in_markers_mode_the_same_land_is_plain_and_a_click_on_it_names_no_country() {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            page.navigate("http://localhost:" + port + "/test/place-map?mode=countries" + NORTH_AFRICA);
            BoundingBox libya = page.locator("path[data-country-code='LY']").boundingBox();

            page.navigate("http://localhost:" + port + "/test/place-map?mode=markers" + NORTH_AFRICA);
            page.locator("path.country-shape").first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
            page.locator(".legend-body .legend-title").first().waitFor();
            assertThat(page.locator(".legend-body .legend-title").first().textContent()).isEqualTo("Place: size = mentions");
            assertThat(page.locator("path[data-country-code]").count()).isZero();
            page.mouse().click(libya.x + libya.width / 2, libya.y + libya.height / 2);
            page.waitForTimeout(1500);
            assertThat(page.locator("#events .event:has-text('country')").count()).isZero();
        }
    }
}
