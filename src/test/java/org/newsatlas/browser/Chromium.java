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
