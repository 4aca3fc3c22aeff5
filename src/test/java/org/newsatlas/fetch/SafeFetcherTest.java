package org.newsatlas.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SafeFetcherTest {

    private static final String PAGE = "<html><body><article><p>Tripoli</p></article></body></html>";

    private final LocalServer server = new LocalServer()
            .serve("/page", "text/html; charset=utf-8", PAGE)
            .serve("/image", "image/png", new byte[] {1, 2, 3})
            .serve("/big", "text/html", "x".repeat(5000));

    @AfterEach
    void stop() {
        server.close();
    }

    private static SafeFetcher allowing(String... hosts) {
        return new SafeFetcher(FetchProperties.allowing(List.of(hosts)), Clock.systemUTC());
    }

    @Test
    void a_loopback_server_listed_in_allowed_hosts_is_fetched_with_a_clear_user_agent() {
        Fetched page = allowing("127.0.0.1").fetch(server.url("/page"), ContentKind.PAGE);

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(server.userAgents()).singleElement().asString().startsWith("NewsAtlas/");
    }

    @Test
    void a_loopback_server_not_listed_is_refused_before_any_connection() {
        assertThatThrownBy(() -> allowing().fetch(server.url("/page"), ContentKind.PAGE))
                .isInstanceOf(FetchRefused.class)
                .hasMessageContaining("loopback")
                .hasMessageContaining("newsatlas.fetch.allowed-hosts");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void file_and_ftp_addresses_are_refused_with_their_scheme_named() {
        assertThatThrownBy(() -> allowing("127.0.0.1").fetch("file:///etc/passwd", ContentKind.PAGE))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("only http and https".substring(1))
                .hasMessageContaining("file:");
        assertThatThrownBy(() -> allowing("127.0.0.1").fetch("ftp://127.0.0.1/x", ContentKind.FEED))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("ftp:");
        assertThatThrownBy(() -> allowing("127.0.0.1").fetch("jar:file:/x.jar!/y", ContentKind.FEED))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("jar:");
    }

    @Test
    void a_redirect_to_an_unlisted_loopback_address_is_refused_at_that_hop() {
        server.redirect("/to-ip", server.url("/page"));
        String viaName = "http://localhost:" + server.port();

        assertThatThrownBy(() -> allowing("localhost").fetch(viaName + "/to-ip", ContentKind.PAGE))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("127.0.0.1").hasMessageContaining("loopback");
        assertThat(server.requests()).containsExactly("/to-ip");
    }

    @Test
    void a_redirect_within_allowed_hosts_is_followed() {
        server.redirect("/to-name", "/page");
        String viaName = "http://localhost:" + server.port();

        Fetched page = allowing("localhost").fetch(viaName + "/to-name", ContentKind.PAGE);

        assertThat(page.uri().toString()).isEqualTo(viaName + "/page");
        assertThat(server.requests()).containsExactly("/to-name", "/page");
    }

    @Test
    void more_than_five_redirects_are_refused_and_five_are_followed() {
        for (int i = 0; i < 6; i++) {
            server.redirect("/hop" + i, "/hop" + (i + 1));
        }
        server.serve("/hop6", "text/html", PAGE);
        SafeFetcher fetcher = allowing("127.0.0.1");

        assertThatThrownBy(() -> fetcher.fetch(server.url("/hop0"), ContentKind.PAGE))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("redirects more than 5 times");
        assertThat(fetcher.fetch(server.url("/hop1"), ContentKind.PAGE).uri().getPath()).isEqualTo("/hop6");
    }

    @Test
    void a_body_over_the_size_cap_is_refused_and_one_under_it_is_read() {
        FetchProperties small = new FetchProperties(List.of("127.0.0.1"), java.time.Duration.ofSeconds(5),
                java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(10), 1000, 5, "");
        SafeFetcher fetcher = new SafeFetcher(small, Clock.systemUTC());

        assertThatThrownBy(() -> fetcher.fetch(server.url("/big"), ContentKind.PAGE))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("larger than 1000 bytes");
        assertThat(fetcher.fetch(server.url("/page"), ContentKind.PAGE).body()).hasSize(PAGE.length());
    }

    @Test
    void a_response_of_another_content_type_is_refused() {
        assertThatThrownBy(() -> allowing("127.0.0.1").fetch(server.url("/image"), ContentKind.PAGE))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("not a web page").hasMessageContaining("image/png");
    }

    @Test
    void a_dead_page_is_reported_with_its_status() {
        server.status("/gone", 404);

        assertThatThrownBy(() -> allowing("127.0.0.1").fetch(server.url("/gone"), ContentKind.PAGE))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("HTTP 404");
    }
}
