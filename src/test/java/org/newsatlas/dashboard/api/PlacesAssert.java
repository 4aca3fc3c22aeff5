package org.newsatlas.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.newsatlas.dashboard.api.ApiFixture.Place;
import org.newsatlas.dashboard.api.Expected.Count;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geoparser.DictionaryGeoparser;

/** The places GeoJSON (the map's and the export's): shape, counts, and what each place is. */
final class PlacesAssert {

    private PlacesAssert() {
    }

    static void assertPlaces(JsonNode collection, Expected expected) {
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        Map<String, Count> counts = new TreeMap<>();
        int previous = Integer.MAX_VALUE;
        for (JsonNode feature : collection.get("features")) {
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            JsonNode properties = feature.get("properties");
            assertThat(DashboardEndpointsIT.fieldNames(properties)).containsExactly("id", "name", "country",
                    "countryCode", "featureCode", "kind", "admin1", "mentionCount", "articleCount");
            String name = properties.get("name").asText();
            Place place = ApiFixture.PLACES.get(name);
            assertThat(place).as("a fixture place: %s", name).isNotNull();
            assertThat(properties.get("id").asLong()).isPositive();
            assertThat(properties.get("countryCode").asText()).isEqualTo(place.countryCode());
            assertThat(properties.get("featureCode").asText()).isEqualTo(place.featureCode());
            assertThat(properties.get("kind").asText()).isEqualTo(place.kind());
            assertThat(properties.get("admin1").asText()).as("admin1 of %s", name).isEqualTo(place.admin1());
            GazetteerEntry entry = DictionaryGeoparser.PLACES.stream().filter(e -> e.name().equals(name))
                    .findFirst().orElseThrow();
            assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Point");
            assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(entry.longitude());
            assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(entry.latitude());
            int mentions = properties.get("mentionCount").asInt();
            assertThat(mentions).as("most mentioned first").isLessThanOrEqualTo(previous);
            previous = mentions;
            counts.put(name, new Count(mentions, properties.get("articleCount").asInt()));
        }
        assertThat(counts).isEqualTo(expected.byPlace());
    }
}
