package org.newsatlas.map.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The towns endpoint on the GeoNames cities file bundled in the jar. */
class TownControllerTest {

    private static final MockMvc MVC = MockMvcBuilders.standaloneSetup(new TownController()).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode towns(int zoom) throws Exception {
        return JSON.readTree(MVC.perform(get("/api/map/towns").param("zoom", String.valueOf(zoom)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    private static List<String> names(JsonNode towns) {
        List<String> names = new ArrayList<>();
        towns.forEach(town -> names.add(town.get(0).asText()));
        return names;
    }

    @Test
    void a_world_view_gets_only_the_largest_cities_most_populous_first() throws Exception {
        JsonNode largest = towns(3);

        assertThat(names(largest)).contains("Cairo", "Tokyo").doesNotContain("Tripoli").hasSizeLessThan(100);
        JsonNode first = largest.get(0);
        assertThat(first.size()).as("[name, lat, lon]").isEqualTo(3);
        assertThat(largest.toString()).contains("[\"Cairo\",30.063,31.25]");
    }

    @Test
    void capitals_come_with_the_million_cities_however_small() throws Exception {
        List<String> zoom4 = names(towns(4));

        assertThat(zoom4).contains("Tripoli", "Valletta");
        assertThat(names(towns(3))).doesNotContain("Valletta");
    }

    @Test
    void each_zoom_level_adds_smaller_towns_and_none_twice() throws Exception {
        assertThat(names(towns(6))).contains("Sirte").doesNotContain("Cairo");
        assertThat(names(towns(5))).doesNotContain("Sirte");
        assertThat(names(towns(2))).isEmpty();
        assertThat(names(towns(9))).isEmpty();
    }

    @Test
    void a_part_of_a_city_is_not_named_as_a_town() throws Exception {
        assertThat(TownTiers.zoomOf("PPLX", 2_600_000)).isEqualTo(-1);
        assertThat(TownTiers.zoomOf("PPL", 2_600_000)).isEqualTo(4);
        assertThat(names(towns(4))).doesNotContain("Navi Mumbai");
        assertThat(names(towns(3))).contains("Mumbai");
    }

    @Test
    void a_browser_that_takes_gzip_gets_the_list_gzipped() throws Exception {
        byte[] plain = MVC.perform(get("/api/map/towns").param("zoom", "7")).andReturn().getResponse().getContentAsByteArray();
        byte[] gzipped = MVC.perform(get("/api/map/towns").param("zoom", "7").header(HttpHeaders.ACCEPT_ENCODING, "gzip, br"))
                .andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=86400"))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(gzipped.length).isLessThan(plain.length / 2);
        assertThat(unzip(gzipped)).isEqualTo(plain);
    }

    private static byte[] unzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
