package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geoparser.GeoparsedText;
import org.newsatlas.geoparser.ResolvedToponym;

class GeoparseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GazetteerEntry PARIS = new GazetteerEntry(2988507, "Paris", "Paris", List.of(), 48.85341,
            2.3488, "P", "PPLC", "FR", "11", "75", 2_138_551);

    @Test
    void an_output_line_has_code_point_offsets_and_the_place_in_the_evaluation_format() throws Exception {
        String text = "\uD83C\uDF89 Paris celebrated.";
        JsonNode document = JSON.readTree("{\"id\": \"a2\", \"text\": \"ignored\"}");
        ResolvedToponym paris = new ResolvedToponym(3, 8, "Paris", PARIS, 0.87654, 0, text.length(), List.of());

        JsonNode line = GeoparseCommand.toJson(document, new GeoparsedText(text, List.of(), List.of(paris)));

        assertThat(JSON.writeValueAsString(line)).isEqualTo("{\"id\":\"a2\",\"toponyms\":[{\"start\":2,\"end\":7,"
                + "\"name\":\"Paris\",\"lat\":48.85341,\"lon\":2.3488,\"geonameid\":2988507,\"country\":\"FR\","
                + "\"featureCode\":\"P.PPLC\",\"confidence\":0.877}]}");
    }

    @Test
    void a_line_without_text_is_parsed_as_empty_text() throws Exception {
        assertThat(GeoparseCommand.text(JSON.readTree("{\"id\": 1}"))).isEmpty();
        assertThat(GeoparseCommand.text(JSON.readTree("{\"id\": 1, \"text\": \"Sirte\"}"))).isEqualTo("Sirte");
    }
}
