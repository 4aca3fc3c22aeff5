package org.newsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The dashboard in a real Chromium, as a person uses it: a date range and a country set in the
 * filter bar change the places on the map and the address, Back brings the earlier view back, and
 * an export link downloads a file of what is filtered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-dashboard-browser;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
class DashboardBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    IngestionService ingestion;

    @BeforeAll
    static void needsChromiumAndTheProductionBundle() throws IOException {
        Chromium.assumeAvailable();
    }

    @BeforeEach
    void storeArticles() {
        store("Winter talks in Tripoli", "Talks resumed in Tripoli. Egypt sent envoys.", "2021-01-10");
        store("Carthage in spring", "Tourists came back to Carthage in Tunisia.", "2021-03-05");
        store("Tunisia and Algeria", "Tunisia and Algeria signed a border deal.", "2021-03-20");
        store("Sirte in summer", "Fighting near Sirte worried Libya and Turkey.", "2021-06-01");
    }

    private void store(String title, String text, String day) {
        ingestion.ingest(new ArticleSubmission(title, text, Instant.parse(day + "T08:00:00Z"), "Browser Wire"));
    }

    private static String totals(Page page) {
        return page.locator(".totals").textContent();
    }

    @Test
    void a_date_range_and_a_country_set_in_the_filter_bar_change_the_map_and_the_address_and_back_undoes_them() {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            page.navigate("http://localhost:" + port + "/?source=Browser%20Wire");
            page.locator(".totals").waitFor();
            assertThat(totals(page)).startsWith("4 articles").endsWith("8 places");
            waitForMarkers(page, 8);

            setDate(page, ".from-filter", "2021-03-01");
            waitForAddress(page, "from=2021-03-01&source=Browser%20Wire");
            setDate(page, ".to-filter", "2021-03-31");
            waitForAddress(page, "from=2021-03-01&to=2021-03-31&source=Browser%20Wire");
            waitForTotals(page, "2 articles · 4 mentions · 3 places");
            waitForMarkers(page, 3);

            page.locator(".country-filter input").click();
            page.locator(".country-filter input").fill("Tunis");
            page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("Tunisia")).click();
            waitForAddress(page, "from=2021-03-01&to=2021-03-31&country=TN&source=Browser%20Wire");
            page.keyboard().press("Escape");
            waitForTotals(page, "2 articles · 3 mentions · 2 places");
            waitForMarkers(page, 2);

            // history.back() and forward() as a page script: Chromium's own buttons skip entries pushed
            // without a recent user gesture, which is what a slow server answer looks like to it
            back(page);
            waitForAddress(page, "from=2021-03-01&to=2021-03-31&source=Browser%20Wire");
            waitForTotals(page, "2 articles · 4 mentions · 3 places");
            waitForMarkers(page, 3);
            assertThat(page.locator(".country-filter").getAttribute("has-value")).isNull();
            back(page);
            waitForAddress(page, "from=2021-03-01&source=Browser%20Wire");
            waitForTotals(page, "3 articles");
            page.evaluate("() => history.forward()");
            waitForAddress(page, "from=2021-03-01&to=2021-03-31&source=Browser%20Wire");
            waitForTotals(page, "2 articles");
            page.waitForFunction("() => document.querySelector('.to-filter input')?.value === '2021-03-31'");
        }
    }

    @Test
    void an_export_link_downloads_a_file_of_what_is_filtered() throws IOException {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            page.navigate("http://localhost:" + port + "/?source=Browser%20Wire&country=TN");
            waitForTotals(page, "2 articles");

            Download download = page.waitForDownload(() -> page.locator(".export-links a", new Page.LocatorOptions()
                    .setHasText("CSV")).click());

            assertThat(download.suggestedFilename()).isEqualTo("newsatlas-mentions.csv");
            List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
            assertThat(lines).hasSize(1 + 3);
            assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains(",TN,"));
        }
    }

    @Test
    void a_range_chosen_on_the_timeline_by_keyboard_filters_the_dashboard_and_escape_clears_it() {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            List<Map<String, Object>> bars = openTheWiresTimeline(page);

            page.locator("news-timeline svg").focus();
            page.keyboard().press("Home");
            page.keyboard().press("Shift+ArrowRight");
            page.keyboard().press("Enter");

            waitForAddress(page, "from=" + bars.get(0).get("start") + "&to=" + bars.get(1).get("end")
                    + "&source=Browser%20Wire");
            waitForTotals(page, articlesIn(bars, 0, 1));
            page.locator("news-timeline svg").focus();
            page.keyboard().press("Escape");
            waitForAddress(page, "source=Browser%20Wire");
            waitForTotals(page, "4 articles");
        }
    }

    @Test
    void a_drag_across_three_bars_of_the_timeline_filters_the_dashboard_by_their_dates() {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            List<Map<String, Object>> bars = openTheWiresTimeline(page);

            double[] first = barCentre(page, 0);
            double[] third = barCentre(page, 2);
            page.mouse().move(first[0], first[1]);
            page.mouse().down();
            page.mouse().move(third[0], third[1], new Mouse.MoveOptions().setSteps(5));
            page.mouse().up();

            waitForAddress(page, "from=" + bars.get(0).get("start") + "&to=" + bars.get(2).get("end")
                    + "&source=Browser%20Wire");
            waitForTotals(page, articlesIn(bars, 0, 2));
        }
    }

    /** Opens the dashboard on the four stored articles and reads the bars its timeline draws. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> openTheWiresTimeline(Page page) {
        page.navigate("http://localhost:" + port + "/?source=Browser%20Wire");
        waitForTotals(page, "4 articles");
        page.waitForFunction("() => document.querySelector('news-timeline')?.shadowRoot?.querySelector('rect.bar')");
        List<Map<String, Object>> bars = (List<Map<String, Object>>) page.evaluate(
                "() => JSON.parse(document.querySelector('news-timeline').data).bars");
        assertThat(bars).as("bars enough for a range of three").hasSizeGreaterThanOrEqualTo(3);
        return bars;
    }

    /** "N article" or "N articles": how the totals line starts when these bars are the range. */
    private static String articlesIn(List<Map<String, Object>> bars, int first, int last) {
        int articles = bars.subList(first, last + 1).stream().mapToInt(bar -> ((Number) bar.get("articles")).intValue()).sum();
        return articles + (articles == 1 ? " article " : " articles");
    }

    /** Where a person points at the middle of a bar, in page coordinates, whatever its height. */
    private static double[] barCentre(Page page, int index) {
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) page.evaluate("""
                index => {
                  const svg = document.querySelector('news-timeline').shadowRoot.querySelector('svg');
                  const bar = svg.querySelectorAll('rect.bar')[index];
                  const box = svg.getBoundingClientRect();
                  const scale = box.width / svg.viewBox.baseVal.width;
                  const x = Number(bar.getAttribute('x')) + Number(bar.getAttribute('width')) / 2;
                  return [box.left + x * scale, box.top + 40];
                }""", index);
        return new double[] {point.get(0).doubleValue(), point.get(1).doubleValue()};
    }

    private static void back(Page page) {
        page.evaluate("() => history.back()");
    }

    /** Waits until the address has exactly these parameters, in whatever order Vaadin writes them. */
    private static void waitForAddress(Page page, String query) {
        Map<String, List<String>> expected = QueryParameters.fromString(query).getParameters();
        try {
            page.waitForURL(url -> {
                int question = url.indexOf('?');
                return question >= 0 && QueryParameters.fromString(url.substring(question + 1)).getParameters().equals(expected);
            });
        } catch (RuntimeException e) {
            throw new AssertionError("expected " + query + " but the address is " + page.url() + " after "
                    + page.evaluate("() => history.length") + " history entries", e);
        }
    }

    private static void setDate(Page page, String picker, String date) {
        Locator input = page.locator(picker + " input");
        input.fill(date);
        input.press("Enter");
    }

    private static void waitForTotals(Page page, String start) {
        page.waitForFunction("start => document.querySelector('.totals')?.textContent.startsWith(start)", start);
    }

    /** Waits until the map draws this many markers, single or inside clusters. */
    private static void waitForMarkers(Page page, int count) {
        page.waitForFunction("""
                count => {
                  const root = document.querySelector('place-map')?.shadowRoot;
                  if (!root) return false;
                  const single = root.querySelectorAll('.place-marker[data-place-id]').length;
                  const clustered = [...root.querySelectorAll('.marker-cluster, .place-cluster')]
                      .reduce((sum, cluster) => sum + Number(cluster.textContent.trim() || 0), 0);
                  return single + clustered === count;
                }""", count);
    }
}
