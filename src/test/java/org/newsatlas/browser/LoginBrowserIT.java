package org.newsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.newsatlas.security.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With security on, the UI asks for a login; viewers read and only editors see "Add article". */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:newsatlas-login;DB_CLOSE_DELAY=-1",
            "newsatlas.security.enabled=true"})
@Import(TestGeoparserConfiguration.class)
class LoginBrowserIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        TestUsers.register(registry);
    }

    @BeforeAll
    static void needsChromiumAndTheProductionBundle() throws IOException {
        Chromium.assumeAvailable();
    }

    private Page logIn(Browser browser, String user, String password) {
        Page page = Chromium.newPage(browser);
        page.navigate("http://localhost:" + port + "/");
        page.waitForURL("**/login");
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
        return page;
    }

    @Test
    void the_ui_asks_for_a_login_and_shows_adding_articles_to_editors_only() {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page wrong = logIn(browser, "edna", "not-her-password");
            wrong.waitForURL("**/login?error");
            assertThat(wrong.locator("vaadin-login-form").textContent()).isNotNull();

            Page editor = logIn(browser, "edna", "edna-secret");
            editor.locator("place-map").waitFor();
            assertThat(editor.locator(".upload-button").isVisible()).isTrue();
            assertThat(editor.locator(".logged-in-user").innerText()).contains("edna");

            Page viewer = logIn(browser, "victor", "victor-secret");
            viewer.locator("place-map").waitFor();
            assertThat(viewer.locator(".logged-in-user").innerText()).contains("victor");
            assertThat(viewer.locator(".upload-button").isVisible()).isFalse();
        }
    }
}
