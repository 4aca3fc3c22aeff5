package org.newsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The view a person drags to reaches the server; the server's own moves do not come back as events. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-browser;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
class PlaceMapViewportBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromiumAndTheProductionBundle() throws IOException {
        Chromium.assumeAvailable();
    }

    @Test
    void a_drag_sends_one_viewport_change_and_a_server_move_sends_none() {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            page.navigate("http://localhost:" + port + "/test/place-map?places=50&view=20,0,3");
            page.locator("path.country-shape").first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
            Locator events = page.locator("#events .event");
            page.waitForTimeout(1000);
            assertThat(events.count()).as("the view the server set is no person's move").isZero();

            BoundingBox map = page.locator("place-map").boundingBox();
            double x = map.x + map.width / 2;
            double y = map.y + map.height / 2;
            page.mouse().move(x, y);
            page.mouse().down();
            page.mouse().move(x - 150, y - 50, new Mouse.MoveOptions().setSteps(10));
            page.mouse().move(x - 300, y - 100, new Mouse.MoveOptions().setSteps(10));
            page.mouse().up();

            events.first().waitFor();
            page.waitForTimeout(1000);
            assertThat(events.count()).as("debounced: one event for one drag").isEqualTo(1);
            String[] view = events.first().textContent().split(" ");
            assertThat(view[0]).isEqualTo("view");
            assertThat(Double.parseDouble(view[2])).as("dragged west, so the view moved east").isGreaterThan(10);
            assertThat(Double.parseDouble(view[1])).as("dragged up, so the view moved south").isLessThan(20);
            assertThat(view[3]).isEqualTo("3");

            page.locator("#server-move").click();
            page.waitForCondition(() -> Chromium.zoom(page) == 5);
            page.waitForTimeout(1500);
            assertThat(events.count()).as("the server's own move").isEqualTo(1);
            @SuppressWarnings("unchecked")
            List<Number> centre = (List<Number>) page.evaluate("() => { const v = document.querySelector('place-map').view; return [v.lat, v.lon]; }");
            assertThat(centre.get(0).doubleValue()).isCloseTo(30, offset(0.5));
            assertThat(centre.get(1).doubleValue()).isCloseTo(31, offset(0.5));
        }
    }
}
