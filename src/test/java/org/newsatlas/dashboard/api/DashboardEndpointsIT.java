package org.newsatlas.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.dashboard.api.ApiFixture.ACCORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsatlas.dashboard.api.Api.Params;
import org.newsatlas.dashboard.api.ApiFixture.Article;
import org.newsatlas.dashboard.api.Expected.Count;
import org.newsatlas.dashboard.api.Expected.FilterCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard's JSON endpoints under every filter, counted against the fixture. */
@DashboardApiTest
class DashboardEndpointsIT {

    @Autowired
    MockMvc mvc;

    Api api;
    ApiFixture fixture;

    @BeforeEach
    void postTheFixture() {
        api = new Api(mvc);
        fixture = ApiFixture.post(api);
    }

    static List<FilterCase> filters() {
        return FilterCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void the_map_places_are_the_places_the_filter_keeps_with_their_counts(FilterCase filter) {
        Expected expected = Expected.of(filter, fixture);
        JsonNode places = api.json("/api/places", filter.params());

        PlacesAssert.assertPlaces(places, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void the_article_list_holds_the_articles_the_filter_keeps_newest_first(FilterCase filter) {
        Expected expected = Expected.of(filter, fixture);
        JsonNode list = api.json("/api/articles", filter.params());

        assertThat(fieldNames(list)).containsExactly("total", "items");
        assertThat(list.get("total").asLong()).isEqualTo(expected.articles().size());
        List<Long> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        assertThat(ids).containsExactlyElementsOf(expected.articles().stream().map(fixture::id).toList());
        list.get("items").forEach(this::assertItemDescribesItsArticle);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void the_countries_count_the_mentions_of_their_places(FilterCase filter) {
        Expected expected = Expected.of(filter, fixture);
        JsonNode countries = api.json("/api/countries", filter.params());

        Map<String, Count> counts = new TreeMap<>();
        int previous = Integer.MAX_VALUE;
        for (JsonNode country : countries) {
            assertThat(fieldNames(country)).containsExactly("countryCode", "name", "mentions", "articles");
            counts.put(country.get("countryCode").asText(),
                    new Count(country.get("mentions").asInt(), country.get("articles").asInt()));
            assertThat(country.get("mentions").asInt()).as("most mentioned first").isLessThanOrEqualTo(previous);
            previous = country.get("mentions").asInt();
        }
        assertThat(counts).isEqualTo(expected.byCountry());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void the_daily_timeline_counts_articles_and_mentions_on_the_day_they_count_at(FilterCase filter) {
        Expected expected = Expected.of(filter, fixture);
        JsonNode timeline = api.json("/api/timeline", filter.params().and("bucket", "day"));

        Map<LocalDate, Count> nonEmpty = new TreeMap<>();
        LocalDate previous = null;
        for (JsonNode bucket : timeline) {
            assertThat(fieldNames(bucket)).containsExactly("start", "articles", "mentions");
            LocalDate start = LocalDate.parse(bucket.get("start").asText());
            if (previous != null) {
                assertThat(start).as("one bucket per day, none left out").isEqualTo(previous.plusDays(1));
            }
            previous = start;
            if (bucket.get("articles").asInt() > 0 || bucket.get("mentions").asInt() > 0) {
                nonEmpty.put(start, new Count(bucket.get("mentions").asInt(), bucket.get("articles").asInt()));
            }
        }
        assertThat(nonEmpty).isEqualTo(expected.byDay());
    }

    @Test
    void weeks_start_on_monday_and_months_on_the_first() {
        JsonNode weeks = api.json("/api/timeline", Params.of("bucket", "week", "to", "2019-03-31"));
        JsonNode months = api.json("/api/timeline", Params.of("bucket", "month"));

        // Monday 4 March to Sunday 10 March 2019: the Sirte article and the wheat report
        assertThat(buckets(weeks)).containsExactly(
                Map.entry("2019-03-04", new Count(3, 2)),
                Map.entry("2019-03-11", new Count(0, 0)),
                Map.entry("2019-03-18", new Count(3, 1)));
        Map<String, Count> byMonth = new LinkedHashMap<>();
        buckets(months).forEach(e -> byMonth.put(e.getKey(), e.getValue()));
        assertThat(byMonth).hasSize(27).containsEntry("2019-03-01", new Count(6, 3))
                .containsEntry("2019-04-01", new Count(4, 1)).containsEntry("2019-05-01", new Count(0, 0))
                .containsEntry("2020-02-01", new Count(2, 1)).containsEntry("2021-05-01", new Count(2, 1));
        assertThat(byMonth.keySet()).first().isEqualTo("2019-03-01");
        assertThat(byMonth.keySet()).last().isEqualTo("2021-05-01");
    }

    @Test
    void the_timeline_is_monthly_unless_asked_otherwise() {
        assertThat(api.json("/api/timeline", Params.of())).isEqualTo(api.json("/api/timeline", Params.of("bucket", "month")));
        assertThat(api.json("/api/timeline", Params.of())).isNotEqualTo(api.json("/api/timeline", Params.of("bucket", "day")));
    }

    @Test
    void the_article_list_comes_a_page_at_a_time() {
        List<Long> newestFirst = Expected.of(FilterCases.all().get(0), fixture).articles().stream().map(fixture::id).toList();

        List<Long> pages = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode list = api.json("/api/articles", Params.of("page", Integer.toString(page), "size", "3"));
            assertThat(list.get("total").asLong()).isEqualTo(7);
            assertThat(list.get("items").size()).isEqualTo(page < 2 ? 3 : 1);
            list.get("items").forEach(item -> pages.add(item.get("id").asLong()));
        }
        assertThat(pages).containsExactlyElementsOf(newestFirst);
        assertThat(api.json("/api/articles", Params.of("page", "3", "size", "3")).get("items")).isEmpty();
        assertThat(api.json("/api/articles", Params.of()).get("items")).hasSize(7);
    }

    @Test
    void a_listed_article_without_date_or_source_says_so_with_nulls() {
        JsonNode accord = api.json("/api/articles", Params.of("q", "accord")).get("items").get(0);

        assertThat(accord.get("id").asLong()).isEqualTo(fixture.id(ACCORD));
        assertThat(accord.get("publishedAt").isNull()).isTrue();
        assertThat(accord.get("source").isNull()).isTrue();
        JsonNode market = api.json("/api/articles", Params.of("q", "market")).get("items").get(0);
        assertThat(market.get("publishedAt").asText()).isEqualTo("2020-02-11T04:30:00Z");
        assertThat(market.get("source").asText()).isEqualTo("Beta News");
    }

    private void assertItemDescribesItsArticle(JsonNode item) {
        Article article = fixture.article(item.get("id").asLong());
        assertThat(fieldNames(item)).containsExactly("id", "title", "publishedAt", "source", "language", "placeCount",
                "mentionCount");
        assertThat(item.get("title").asText()).isEqualTo(article.title());
        assertThat(item.get("source").isNull() ? null : item.get("source").asText()).isEqualTo(article.source());
        assertThat(item.get("publishedAt").isNull() ? null : Instant.parse(item.get("publishedAt").asText()))
                .isEqualTo(published(article));
        assertThat(item.get("placeCount").asLong()).isEqualTo(article.placeCount());
        assertThat(item.get("mentionCount").asInt()).isEqualTo(article.mentions().size());
    }

    static Instant published(Article article) {
        if (article.publishedAt() == null) {
            return null;
        }
        return article.publishedAt().contains("T") ? OffsetDateTime.parse(article.publishedAt()).toInstant()
                : LocalDate.parse(article.publishedAt()).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static List<Map.Entry<String, Count>> buckets(JsonNode timeline) {
        List<Map.Entry<String, Count>> buckets = new ArrayList<>();
        timeline.forEach(b -> buckets.add(Map.entry(b.get("start").asText(),
                new Count(b.get("mentions").asInt(), b.get("articles").asInt()))));
        return buckets;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
