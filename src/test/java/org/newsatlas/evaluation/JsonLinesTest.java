package org.newsatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void written_lines_are_one_compact_document_each_and_read_back_equal() throws Exception {
        List<JsonNode> lines = List.of(JSON.readTree("{\"id\": \"a\", \"text\": \"Tripoli ✓\"}"),
                JSON.readTree("{\"id\": \"b\", \"toponyms\": []}"));
        Path file = directory.resolve("out.jsonl");

        JsonLines.write(file.toString(), lines, System.out);

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":\"a\",\"text\":\"Tripoli ✓\"}\n{\"id\":\"b\",\"toponyms\":[]}\n");
        assertThat(JsonLines.read(file.toString())).isEqualTo(lines);
    }

    @Test
    void a_dash_writes_to_standard_output() throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();

        JsonLines.write("-", List.of(JSON.readTree("{\"id\": 1}")), new PrintStream(stdout, true, StandardCharsets.UTF_8));

        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}\n");
    }

    @Test
    void blank_lines_are_skipped() throws Exception {
        Path file = Files.writeString(directory.resolve("in.jsonl"), "{\"id\": 1}\n\n   \n{\"id\": 2}\n");

        assertThat(JsonLines.read(file.toString())).extracting(line -> line.get("id").asInt()).containsExactly(1, 2);
    }

    @Test
    void a_line_that_is_not_json_is_reported_with_its_number() throws Exception {
        Path file = Files.writeString(directory.resolve("bad.jsonl"), "{\"id\": 1}\n\n{\"id\": \n");

        assertThatThrownBy(() -> JsonLines.read(file.toString()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + " line 3 is not JSON");
    }
}
