package org.newsatlas.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading and writing JSON Lines files, where "-" means standard input or output. The evaluation
 * reads its gold files with it; the command line reads and writes its batches with it too.
 */
public final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    public static List<JsonNode> read(String path) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (BufferedReader reader = "-".equals(path)
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    documents.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new IOException(path + " line " + number + " is not JSON: " + e.getMessage(), e);
                }
            }
        }
        return documents;
    }

    /** One compact JSON document per line; "-" writes to {@code stdout} and closes it. */
    public static void write(String path, List<? extends JsonNode> lines, PrintStream stdout) throws IOException {
        try (BufferedWriter writer = "-".equals(path)
                ? new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(Path.of(path), StandardCharsets.UTF_8)) {
            for (JsonNode line : lines) {
                writer.write(JSON.writeValueAsString(line));
                writer.newLine();
            }
        }
    }
}
