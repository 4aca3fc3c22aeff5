package org.newsatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With security on, the REST API takes HTTP Basic: viewers read, editors write, the rest get 401. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:newsatlas-secured-api;DB_CLOSE_DELAY=-1",
            "newsatlas.security.enabled=true"})
@Import(TestGeoparserConfiguration.class)
class SecuredApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ArticleQueries articles;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        TestUsers.register(registry);
    }

    private HttpResponse<String> postArticle(String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Secured\nShips left Sirte on " + System.nanoTime() + "."));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_api_wants_credentials_lets_a_viewer_read_and_only_an_editor_write() throws Exception {
        long before = articles.count();
        assertThat(postArticle(null, null).statusCode()).isEqualTo(401);
        assertThat(postArticle("victor", "victor-secret").statusCode()).isEqualTo(403);
        assertThat(postArticle("edna", "wrong").statusCode()).isEqualTo(401);
        assertThat(articles.count()).as("nothing stored by the refused writes").isEqualTo(before);
        assertThat(postArticle("edna", "edna-secret").statusCode()).isEqualTo(201);
        assertThat(articles.count()).isEqualTo(before + 1);

        HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/places"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "victor:victor-secret".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
    }
}
