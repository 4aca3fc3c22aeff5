package org.newsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * The {@code <place-map>} element in a real Chromium: taken out of the page it releases its
 * Leaflet map and ResizeObserver, and put back it works as before. Vaadin re-attaches elements.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-browser;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
class PlaceMapLifecycleBrowserIT {

    /** Keeps, before the page loads, the ResizeObservers that watch a map container and are not disconnected. */
    private static final String COUNT_MAP_OBSERVERS = """
            window.liveMapObservers = new Set();
            const observe = ResizeObserver.prototype.observe;
            const disconnect = ResizeObserver.prototype.disconnect;
            ResizeObserver.prototype.observe = function (element, options) {
              if (element.id === 'map') window.liveMapObservers.add(this);
              return observe.call(this, element, options);
            };
            ResizeObserver.prototype.disconnect = function () {
              window.liveMapObservers.delete(this);
              return disconnect.call(this);
            };""";

    @LocalServerPort
    int port;

    @Autowired
    PlaceQueries places;

    @BeforeAll
    static void needsChromiumAndTheProductionBundle() throws IOException {
        Chromium.assumeAvailable();
    }

    private record MapState(int containers, int leafletChildren, int observers) {
    }

    private static MapState state(Page page) {
        @SuppressWarnings("unchecked")
        List<Number> values = (List<Number>) page.evaluate("""
                () => {
                  const root = (document.querySelector('place-map') ?? window.placeMap.map).shadowRoot;
                  const container = root.querySelector('#map');
                  return [root.querySelectorAll('#map').length, container ? container.children.length : 0,
                          window.liveMapObservers.size];
                }""");
        return new MapState(values.get(0).intValue(), values.get(1).intValue(), values.get(2).intValue());
    }

    @Test
    void a_map_taken_out_of_the_page_releases_everything_and_works_again_when_put_back() {
        PlaceSummary sirte = places.mapPlaces().stream().filter(p -> p.name().equals("Sirte")).findFirst().orElseThrow();
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            List<String> pageErrors = new ArrayList<>();
            page.onPageError(pageErrors::add);
            page.addInitScript(COUNT_MAP_OBSERVERS);
            page.navigate("http://localhost:" + port + "/");
            page.locator("[data-place-id]").first().waitFor();
            page.evaluate("() => setTimeout(() => { throw new Error('the error listener hears this') })");
            page.waitForTimeout(200);
            assertThat(pageErrors).as("uncaught errors are heard").singleElement().asString().contains("hears this");
            pageErrors.clear();
            MapState loaded = state(page);
            assertThat(loaded.containers()).isEqualTo(1);
            assertThat(loaded.observers()).isEqualTo(1);
            assertThat(loaded.leafletChildren()).as("Leaflet's panes and controls").isPositive();

            // taken out while the map may still be zooming to bring Sirte out of its cluster
            page.evaluate("""
                    id => {
                      const map = document.querySelector('place-map');
                      window.placeMap = { map, parent: map.parentNode, next: map.nextSibling,
                                          container: map.shadowRoot.querySelector('#map') };
                      map.selectPlace(id);
                      setTimeout(() => map.remove(), 100);
                    }""", Math.toIntExact(sirte.id()));
            page.waitForTimeout(1000);
            assertThat(state(page)).isEqualTo(new MapState(0, 0, 0));
            assertThat(page.evaluate("() => window.placeMap.container.children.length"))
                    .as("the released map emptied its old container").isEqualTo(0);

            page.evaluate("() => window.placeMap.parent.insertBefore(window.placeMap.map, window.placeMap.next)");
            page.locator("[data-place-id]").first().waitFor();
            MapState rebuilt = state(page);
            assertThat(rebuilt.containers()).isEqualTo(1);
            assertThat(rebuilt.observers()).isEqualTo(1);
            assertThat(rebuilt.leafletChildren()).isPositive();
            page.evaluate("id => document.querySelector('place-map').selectPlace(id)", Math.toIntExact(sirte.id()));
            Locator marker = page.locator("[data-place-id='" + sirte.id() + "']");
            marker.waitFor();
            assertThat(marker.getAttribute("class")).contains("selected");
            Chromium.waitUntilStill(page, marker);
            Locator sentence = page.locator("[data-article-id]").first();
            Chromium.clickUntilVisible(marker, sentence);
            assertThat(sentence.locator("mark").first().textContent()).isEqualTo("Sirte");
            assertThat(pageErrors).isEmpty();
        }
    }
}
