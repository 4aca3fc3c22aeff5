package org.newsatlas.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The REST API as a client sees it: status, headers and the body as UTF-8 text.
 */
final class Api {

    private final MockMvc mvc;
    private final ObjectMapper json = new ObjectMapper();

    Api(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Query parameters in order, a name repeated for several values. */
    record Params(List<Map.Entry<String, String>> pairs) {

        static Params of(String... namesAndValues) {
            List<Map.Entry<String, String>> pairs = new ArrayList<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                pairs.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
            }
            return new Params(List.copyOf(pairs));
        }

        Params and(String name, String value) {
            List<Map.Entry<String, String>> more = new ArrayList<>(pairs);
            more.add(Map.entry(name, value));
            return new Params(List.copyOf(more));
        }

        String query() {
            return pairs.stream()
                    .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                    .collect(Collectors.joining("&"));
        }

        @Override
        public String toString() {
            return pairs.isEmpty() ? "(no filter)" : query();
        }

        /** Spaces as %20: a '+' in a query is a space only to form decoders, not to every server. */
        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    /** An answer: its status, headers and body. */
    record Response(int status, MockHttpServletResponse raw, String body) {

        String header(String name) {
            return raw.getHeader(name);
        }
    }

    Response get(String path, Params params) {
        String query = params.query();
        return send(MockMvcRequestBuilders.get(URI.create(path + (query.isEmpty() ? "" : "?" + query))));
    }

    /** The body of a GET that must answer 200, as JSON. */
    JsonNode json(String path, Params params) {
        Response response = get(path, params);
        assertThat(response.status()).as("GET %s?%s: %s", path, params, response.body()).isEqualTo(200);
        return read(response.body());
    }

    Response postJson(String path, Object body) {
        try {
            return send(post(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    private Response send(RequestBuilder request) {
        try {
            MvcResult result = mvc.perform(request).andReturn();
            MockHttpServletResponse response = result.getResponse();
            return new Response(response.getStatus(), response, response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
