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

/** Reading and writing JSON Lines files, where "-" means standard input or output. */
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

    public static BufferedWriter writer(String path, PrintStream stdout) throws IOException {
        return "-".equals(path)
                ? new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(Path.of(path), StandardCharsets.UTF_8);
    }
}
