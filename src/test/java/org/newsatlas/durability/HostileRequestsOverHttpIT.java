package org.newsatlas.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** What only a real server shows: its own multipart parsing, its error page, the Host header. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-http;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
class HostileRequestsOverHttpIT {

    @LocalServerPort
    int port;

    @Autowired
    ArticleQueries articles;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_multipart_body_without_its_boundary_gets_400_and_a_message() throws Exception {
        HttpResponse<String> answer = post("multipart/form-data", "--x\r\n\r\nhello\r\n--x--");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"error\"").doesNotContain("Exception");
    }

    @Test
    void the_error_page_asked_for_directly_is_not_found() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/error")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("\"status\":404").doesNotContain("999");
    }

    @Test
    void the_app_own_origin_may_write_and_another_port_may_not() throws Exception {
        long before = articles.count();
        HttpResponse<String> own = post("text/plain", "Own\nShips left Sirte on " + System.nanoTime() + ".",
                "Origin", "http://127.0.0.1:" + port);
        assertThat(own.statusCode()).isEqualTo(201);
        HttpResponse<String> otherPort = post("text/plain", "Other\nShips left Sirte at " + System.nanoTime() + ".",
                "Origin", "http://127.0.0.1:" + (port + 1));
        assertThat(otherPort.statusCode()).isEqualTo(403);
        assertThat(articles.count()).isEqualTo(before + 1);
    }
}
