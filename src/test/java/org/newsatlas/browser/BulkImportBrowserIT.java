package org.newsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
 * A zip dropped in the add dialog, in a real Chromium over Push: the progress bar reaches the end
 * and the imported places appear as markers on the map behind the dialog.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-browser;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
class BulkImportBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    PlaceQueries places;

    @BeforeAll
    static void needsChromiumAndTheProductionBundle() throws IOException {
        Chromium.assumeAvailable();
    }

    private static byte[] zipOfArticles() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            String[][] articles = {
                    {"misratah.txt", "Port reopens\nThe port of Misratah reopened after a strike in Libya."},
                    {"bab.txt", "Market day\nThe market in Bab El Oued drew crowds."},
                    {"both.txt", "Ferry resumes\nA ferry between Misratah and Bab El Oued resumed on Monday."},
                    {"empty.txt", ""}};
            for (String[] article : articles) {
                zip.putNextEntry(new ZipEntry(article[0]));
                zip.write(article[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private PlaceSummary place(String name) {
        return places.mapPlaces().stream().filter(place -> place.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void a_zip_dropped_in_the_add_dialog_is_imported_to_the_end_and_its_places_appear_on_the_map() throws IOException {
        assertThat(place("Misratah")).as("not on the map before the import").isNull();
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = Chromium.newPage(browser);
            page.navigate("http://localhost:" + port + "/");
            page.locator("[data-place-id]").first().waitFor();

            page.locator(".upload-button").click();
            Locator panel = page.locator(".bulk-import");
            panel.locator("input[type=file]").setInputFiles(
                    new FilePayload("articles.zip", "application/zip", zipOfArticles()));
            Locator start = panel.locator("vaadin-button.bulk-start");
            page.waitForCondition(() -> !start.isDisabled());
            assertThat(start.textContent()).isEqualTo("Import file");
            start.click();

            Locator job = panel.locator(".import-job[data-state='done']");
            job.waitFor();
            Locator bar = job.locator("vaadin-progress-bar");
            assertThat(bar.getAttribute("role")).isEqualTo("progressbar");
            assertThat(bar.getAttribute("aria-valuenow")).isEqualTo(bar.getAttribute("aria-valuemax")).isEqualTo("4");
            assertThat(bar.getAttribute("aria-label")).isEqualTo("Import progress: 1 file: articles.zip");
            assertThat(job.locator(".import-job-counts").textContent())
                    .isEqualTo("4 of 4 items · 3 added · 0 duplicates · 1 rejected");
            assertThat(job.locator("ul.import-job-rejected li").allTextContents())
                    .containsExactly("articles.zip!/empty.txt: The file is empty.");

            PlaceSummary misratah = place("Misratah");
            assertThat(misratah).as("stored by the import").isNotNull();
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Cancel")).click();
            page.locator("vaadin-dialog-overlay").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
            // the map reloads through Push once the job has ended; until then there is no such marker to bring out
            Locator marker = page.locator("[data-place-id='" + misratah.id() + "']");
            page.waitForCondition(() -> {
                page.evaluate("id => document.querySelector('place-map').selectPlace(id)", Math.toIntExact(misratah.id()));
                return marker.count() > 0;
            });
        }
    }
}
