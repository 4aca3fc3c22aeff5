package org.newsatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class PlaceMapPayloadTest {

    private static final Logger log = LoggerFactory.getLogger(PlaceMapPayloadTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlaceMap map = new PlaceMap(new MapProperties("", ""));

    @Test
    void a_place_travels_as_one_short_row_with_its_country_and_kind_named_once_and_its_doubt_as_a_flag() throws IOException {
        map.setMarkers(List.of(new MapMarker(7, "Tripoli", 32.8872509, 13.1913383, 12, "Libya", "capital"),
                new MapMarker(8, "Sirte", 31.20892, 16.58866, 3, "Libya", "city", true)));

        JsonNode places = JSON.readTree(map.takeChanges()).get("places");

        assertThat(places.get("countries").toString()).isEqualTo("[\"Libya\"]");
        assertThat(places.get("kinds").toString()).isEqualTo("[\"capital\",\"city\"]");
        assertThat(places.get("rows").get(0).toString()).isEqualTo("[7,\"Tripoli\",32.8873,13.1913,12,0,0]");
        assertThat(places.get("rows").get(1).toString()).isEqualTo("[8,\"Sirte\",31.2089,16.5887,3,0,1,1]");
    }

    @Test
    void only_what_changed_is_sent_and_then_nothing_until_the_next_change() throws IOException {
        map.setCountryShading(List.of(new CountryShade("LY", "Libya", 12), new CountryShade("EG", "Egypt", 3)));
        map.setMode(MapMode.COUNTRIES);

        JsonNode first = JSON.readTree(map.takeChanges());
        assertThat(first.fieldNames()).toIterable().containsExactly("shading", "mode");
        assertThat(first.get("mode").asText()).isEqualTo("countries");
        assertThat(first.get("shading").get("countries").toString())
                .isEqualTo("[[\"LY\",\"Libya\",12,1],[\"EG\",\"Egypt\",3,0]]");
        assertThat(first.get("shading").get("classes").toString()).isEqualTo("[[2,9],[10,12]]");

        assertThat(map.takeChanges()).isEqualTo("{}");
        map.setViewport(null);
        assertThat(JSON.readTree(map.takeChanges()).get("fit").asBoolean()).isTrue();
        map.setViewport(new MapViewport(30, 20, 5));
        JsonNode moved = JSON.readTree(map.takeChanges());
        assertThat(moved.get("fit").asBoolean()).isFalse();
        assertThat(moved.get("view").toString()).isEqualTo("{\"lat\":30.0,\"lon\":20.0,\"zoom\":5}");
    }

    @Test
    void twenty_thousand_places_make_a_payload_of_well_under_a_megabyte() throws IOException {
        List<MapMarker> places = SyntheticPlaces.of(20_000, 8);
        map.setMarkers(places);

        byte[] table = map.takeChanges().getBytes(StandardCharsets.UTF_8);
        byte[] objects = JSON.writeValueAsBytes(places);

        log.info("20,000 places: {} bytes as rows ({} gzipped), {} bytes as one JSON object per place ({} gzipped)",
                table.length, gzipped(table), objects.length, gzipped(objects));
        assertThat(table.length).isLessThan(1_000_000).isLessThan(objects.length / 3);
    }

    private static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
