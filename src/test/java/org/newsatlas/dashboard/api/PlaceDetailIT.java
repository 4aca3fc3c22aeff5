package org.newsatlas.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.dashboard.api.ApiFixture.FLOODS;
import static org.newsatlas.dashboard.api.ApiFixture.SIRTE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.dashboard.api.Api.Params;
import org.newsatlas.dashboard.api.Expected.Count;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** One place: as a filter (everything that mentions it), and its own page with co-mentions. */
@DashboardApiTest
class PlaceDetailIT {

    @Autowired
    MockMvc mvc;

    Api api;
    ApiFixture fixture;

    @BeforeEach
    void postTheFixture() {
        api = new Api(mvc);
        fixture = ApiFixture.post(api);
    }

    @Test
    void a_place_filter_keeps_the_articles_that_mention_it_with_all_their_mentions() {
        Params tripoli = Params.of("place", Long.toString(placeId("Tripoli")));

        JsonNode list = api.json("/api/articles", tripoli);
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(ids(list.get("items"))).containsExactly(fixture.id(FLOODS), fixture.id(SIRTE));
        assertThat(counts(api.json("/api/places", tripoli).get("features"))).isEqualTo(Map.of(
                "Sirte", new Count(2, 1), "Tripoli", new Count(2, 2), "Misratah", new Count(2, 1),
                "Sahara", new Count(1, 1)));
        assertThat(api.json("/api/countries", tripoli)).singleElement()
                .satisfies(ly -> assertThat(ly.get("mentions").asInt()).isEqualTo(6));
        assertThat(api.json("/api/timeline", tripoli.and("bucket", "day")).size()).as("2019-03-04 to 2020-01-15")
                .isEqualTo(318);
    }

    @Test
    void a_place_filter_combines_with_a_kind_of_place() {
        Params tripoliAndDivisions = Params.of("place", Long.toString(placeId("Tripoli")), "kind", "admin1");

        assertThat(ids(api.json("/api/articles", tripoliAndDivisions).get("items"))).containsExactly(fixture.id(FLOODS));
        assertThat(counts(api.json("/api/places", tripoliAndDivisions).get("features")))
                .isEqualTo(Map.of("Misratah", new Count(2, 1)));
    }

    @Test
    void a_place_page_gives_the_place_its_counts_and_the_places_mentioned_with_it() {
        JsonNode tripoli = api.json("/api/places/" + placeId("Tripoli"), Params.of());

        assertThat(DashboardEndpointsIT.fieldNames(tripoli)).contains("id", "name", "countryCode", "kind", "admin1",
                "mentionCount", "articleCount", "coMentions");
        assertThat(tripoli.get("name").asText()).isEqualTo("Tripoli");
        assertThat(tripoli.get("kind").asText()).isEqualTo("city");
        assertThat(tripoli.get("admin1").asText()).isEqualTo("Tripoli");
        assertThat(tripoli.get("countryCode").asText()).isEqualTo("LY");
        assertThat(tripoli.get("mentionCount").asInt()).isEqualTo(2);
        assertThat(tripoli.get("articleCount").asInt()).isEqualTo(2);
        Map<String, Integer> coMentions = new TreeMap<>();
        for (JsonNode other : tripoli.get("coMentions")) {
            assertThat(DashboardEndpointsIT.fieldNames(other)).containsExactly("id", "name", "articles");
            assertThat(other.get("id").asLong()).isEqualTo(placeId(other.get("name").asText()));
            coMentions.put(other.get("name").asText(), other.get("articles").asInt());
        }
        assertThat(coMentions).isEqualTo(Map.of("Sirte", 1, "Misratah", 1, "Sahara", 1));
    }

    @Test
    void a_place_page_follows_the_filter() {
        JsonNode tripoli = api.json("/api/places/" + placeId("Tripoli"), Params.of("from", "2020-01-01"));
        JsonNode algeria = api.json("/api/places/" + placeId("Algeria"), Params.of());

        assertThat(tripoli.get("mentionCount").asInt()).isEqualTo(1);
        assertThat(tripoli.get("articleCount").asInt()).isEqualTo(1);
        assertThat(tripoli.get("coMentions")).extracting(c -> c.get("name").asText())
                .containsExactlyInAnyOrder("Misratah", "Sahara");
        assertThat(algeria.get("articleCount").asInt()).isEqualTo(2);
        assertThat(algeria.get("coMentions")).extracting(c -> c.get("name").asText())
                .containsExactlyInAnyOrder("Carthage", "Tunisia", "Bab El Oued");
    }

    @Test
    void a_place_outside_the_filter_is_still_found_with_no_counts() {
        JsonNode sirte = api.json("/api/places/" + placeId("Sirte"), Params.of("from", "2020-01-01"));

        assertThat(sirte.get("name").asText()).isEqualTo("Sirte");
        assertThat(sirte.get("mentionCount").asInt()).isZero();
        assertThat(sirte.get("coMentions")).isEmpty();
    }

    @Test
    void an_unknown_place_is_not_found() {
        assertThat(api.get("/api/places/999999", Params.of()).status()).isEqualTo(404);
        assertThat(api.get("/api/places/" + placeId("Sirte"), Params.of()).status()).isEqualTo(200);
    }

    private long placeId(String name) {
        for (JsonNode feature : api.json("/api/places", Params.of()).get("features")) {
            if (feature.get("properties").get("name").asText().equals(name)) {
                return feature.get("properties").get("id").asLong();
            }
        }
        throw new AssertionError("no place " + name);
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static Map<String, Count> counts(JsonNode features) {
        Map<String, Count> counts = new TreeMap<>();
        features.forEach(f -> counts.put(f.get("properties").get("name").asText(),
                new Count(f.get("properties").get("mentionCount").asInt(), f.get("properties").get("articleCount").asInt())));
        return counts;
    }
}
