package org.newsatlas.imports.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Consumer;

/**
 * JSON Lines: one {@code {"title", "text", "publishedAt"?, "source"?, "url"?}} per line, read as a
 * stream. Each line is strict JSON (one object, nothing after it, text where text belongs); a bad
 * line is one rejected item and the lines after it go on.
 */
final class JsonLinesReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> FIELDS = Set.of("title", "text", "publishedAt", "source", "url");

    private static final Charset UTF8 = StandardCharsets.UTF_8;

    /** Counted in bytes, which for UTF-8 text is at least its characters. */
    private final int maxLineChars;

    JsonLinesReader(int maxLineChars) {
        this.maxLineChars = maxLineChars;
    }

    /** Each line is decoded on its own, so a line that is not UTF-8 costs only that line. */
    void read(String name, InputStream in, Consumer<ReadItem> sink) throws IOException {
        InputStream bytes = new BufferedInputStream(in, 1 << 16);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int number = 0;
        int next = 0;
        while (next != -1) {
            number++;
            line.reset();
            boolean tooLong = false;
            while ((next = bytes.read()) != -1 && next != '\n') {
                if (line.size() < maxLineChars) {
                    line.write(next);
                } else {
                    tooLong = true; // read on to the end of the line, keep nothing more
                }
            }
            if (tooLong) {
                sink.accept(new ReadItem.Rejected(item(name, number),
                        "line %d: longer than %,d characters".formatted(number, maxLineChars)));
                continue;
            }
            String text;
            try {
                text = UTF8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(line.toByteArray())).toString();
            } catch (CharacterCodingException notUtf8) {
                sink.accept(new ReadItem.Rejected(item(name, number), "line %d: not UTF-8 text".formatted(number)));
                continue;
            }
            if (!text.isBlank()) {
                sink.accept(parse(name, number, text.startsWith("\uFEFF") ? text.substring(1) : text));
            }
        }
    }

    static String item(String name, int line) {
        return name + " line " + line;
    }

    private static ReadItem parse(String name, int number, String line) {
        String item = item(name, number);
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            // Jackson's message names the input and the start marker's location: neither helps the reader
            String why = e.getOriginalMessage().replaceAll("(?s)\\s*\\(start marker at .*$", "").strip();
            return new ReadItem.Rejected(item, "line %d: not valid JSON (%s, at column %d)".formatted(number, why,
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
        }
        if (node == null || !node.isObject()) {
            return new ReadItem.Rejected(item, "line %d: not a JSON object".formatted(number));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                return new ReadItem.Rejected(item, "line %d: unknown field \"%s\" (known: title, text, publishedAt, "
                        .formatted(number, field) + "source, url)");
            }
            JsonNode value = node.get(field);
            if (!value.isTextual() && !value.isNull()) {
                return new ReadItem.Rejected(item, "line %d: \"%s\" must be a string".formatted(number, field));
            }
        }
        String text = text(node, "text");
        if (text == null || text.isBlank()) {
            return new ReadItem.Rejected(item, "line %d: no \"text\"".formatted(number));
        }
        Instant publishedAt;
        try {
            publishedAt = PublishedDates.parse(text(node, "publishedAt"));
        } catch (IllegalArgumentException badDate) {
            return new ReadItem.Rejected(item, "line %d: %s".formatted(number, badDate.getMessage()));
        }
        return new ReadItem.Article(item, text(node, "title"), text, publishedAt, text(node, "source"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
