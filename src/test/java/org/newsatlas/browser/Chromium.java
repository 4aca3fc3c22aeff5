package org.newsatlas.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The real Chromium the browser tests drive, and what they need to wait for on a Leaflet map. */
final class Chromium {

    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    /** Skips the test, saying why, unless Chromium and the production frontend bundle are there. */
    static void assumeAvailable() throws IOException {
        assumeTrue(Files.isExecutable(EXECUTABLE),
                "Browser test skipped: no Chromium at /usr/bin/chromium (install it with: apt-get install -y chromium)");
        assumeTrue(productionBundleBuilt(),
                "Browser test skipped: it needs the production frontend bundle; run ./mvnw -Pproduction verify");
    }

    private static boolean productionBundleBuilt() throws IOException {
        try (InputStream info = Chromium.class.getResourceAsStream("/META-INF/VAADIN/config/flow-build-info.json")) {
            return info != null && Pattern.compile("\"productionMode\"\\s*:\\s*true")
                    .matcher(new String(info.readAllBytes(), StandardCharsets.UTF_8)).find();
        }
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    static Page newPage(Browser browser) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
        page.setDefaultTimeout(30_000);
        return page;
    }

    /** Waits until a marker stops moving: one clicked in the middle of a zoom animation can be replaced under the pointer. */
    static void waitUntilStill(Page page, Locator marker) {
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

    /** What has keyboard focus, looked up through shadow roots: its data-key, data-place-id, aria-label and outline style. */
    record Focused(String key, String placeId, String label, String outline) {
    }

    static Focused focused(Page page) {
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) page.evaluate("""
                () => {
                  let active = document.activeElement;
                  while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
                  return active ? [active.dataset?.key ?? null, active.dataset?.placeId ?? null,
                                   active.getAttribute('aria-label'), getComputedStyle(active).outlineStyle] : [null, null, null, null];
                }""");
        return new Focused(values.get(0), values.get(1), values.get(2), values.get(3));
    }

    /** Presses Tab until the focused element's data-key starts with the prefix ("p" a place, "c" a cluster). */
    static Focused tabTo(Page page, String keyPrefix) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            Focused focused = focused(page);
            if (focused.key() != null && focused.key().startsWith(keyPrefix)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached an element with a data-key starting with " + keyPrefix);
    }

    /** The map's zoom level as the element reports it. */
    static int zoom(Page page) {
        return ((Number) page.evaluate("() => document.querySelector('place-map').view.zoom")).intValue();
    }

    /** Clicks the marker until the panel shows its sentences (a click during an animation may be lost). */
    static void clickUntilVisible(Locator marker, Locator sentence) {
        for (int attempt = 1; ; attempt++) {
            marker.click();
            try {
                sentence.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
                return;
            } catch (TimeoutError e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
