package org.newsatlas.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsatlas.dashboard.api.Api.Params;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A bad filter value is answered 400 with a message that names the parameter, on every endpoint. */
@DashboardApiTest
class BadFiltersIT {

    static final List<String> ENDPOINTS = List.of("/api/places", "/api/articles", "/api/timeline", "/api/countries",
            "/api/places/1", "/api/export/places.geojson", "/api/export/mentions.csv", "/api/export/places.kml");

    /** A bad value, the parameter its message must name, and a good value for the same parameter. */
    record Bad(String name, String value, String good, String named) {
        @Override
        public String toString() {
            return name + "=" + value;
        }
    }

    static final List<Bad> BAD_FILTERS = List.of(
            new Bad("from", "yesterday", "2019-03-01", "from"),
            new Bad("to", "2019-02-30", "2019-03-31", "to"),
            new Bad("minConfidence", "2", "0.5", "minConfidence"),
            new Bad("minConfidence", "-0.1", "1", "minConfidence"),
            new Bad("minConfidence", "high", "0.75", "minConfidence"),
            new Bad("kind", "planet", "admin2", "kind"),
            new Bad("country", "Libya", "LY", "country"),
            new Bad("place", "abc", "1", "place"));

    @Autowired
    MockMvc mvc;

    Api api;

    @BeforeEach
    void postTheFixture() {
        api = new Api(mvc);
        ApiFixture.post(api);
    }

    static List<Arguments> badFilterOnEveryEndpoint() {
        List<Arguments> cases = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            for (Bad bad : BAD_FILTERS) {
                cases.add(Arguments.of(endpoint, bad));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}?{1}")
    @MethodSource("badFilterOnEveryEndpoint")
    void a_bad_filter_value_is_refused_with_a_message_and_a_good_one_is_taken(String endpoint, Bad bad) {
        assertRefused(endpoint, Params.of(bad.name(), bad.value()), bad.named(), bad.value());
        assertThat(api.get(endpoint, Params.of(bad.name(), bad.good())).status())
                .as("%s=%s is fine", bad.name(), bad.good()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void a_date_range_that_ends_before_it_starts_is_refused(String endpoint) {
        assertRefused(endpoint, Params.of("from", "2020-01-02", "to", "2020-01-01"), "before", "2020-01-01");
        assertThat(api.get(endpoint, Params.of("from", "2020-01-01", "to", "2020-01-01")).status()).isEqualTo(200);
    }

    static List<String> endpoints() {
        return ENDPOINTS;
    }

    @Test
    void the_article_list_refuses_a_negative_page_and_an_empty_or_huge_page_size() {
        assertRefused("/api/articles", Params.of("page", "-1"), "page", "-1");
        assertRefused("/api/articles", Params.of("size", "0"), "size", "0");
        assertRefused("/api/articles", Params.of("size", "501"), "size", "501");
        assertRefused("/api/articles", Params.of("page", "first"), "page", "first");
        assertThat(api.get("/api/articles", Params.of("page", "0", "size", "1")).status()).isEqualTo(200);
        assertThat(api.get("/api/articles", Params.of("page", "2", "size", "500")).status()).isEqualTo(200);
    }

    @Test
    void the_timeline_refuses_a_bucket_it_does_not_know() {
        assertRefused("/api/timeline", Params.of("bucket", "year"), "bucket", "year");
        for (String bucket : List.of("day", "week", "month")) {
            assertThat(api.get("/api/timeline", Params.of("bucket", bucket)).status()).isEqualTo(200);
        }
    }

    @Test
    void a_place_id_that_is_not_a_number_is_refused_in_the_path_too() {
        assertRefused("/api/places/abc", Params.of(), "place", "abc");
    }

    @Test
    void a_single_valued_parameter_given_twice_is_refused() {
        assertRefused("/api/places", Params.of("from", "2019-01-01", "from", "2019-02-01"), "from", "once");
    }

    private void assertRefused(String endpoint, Params params, String named, String quoted) {
        Api.Response response = api.get(endpoint, params);
        assertThat(response.status()).as("GET %s?%s: %s", endpoint, params, response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        String message = api.read(response.body()).get("error").asText();
        assertThat(message).contains(named).contains(quoted);
    }
}
