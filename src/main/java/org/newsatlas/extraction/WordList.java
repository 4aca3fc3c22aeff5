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
 * A set of lower-case words: frequent English words (a capitalised common word that is also a
 * place somewhere, "Council", "Center", "Man", needs more evidence than a name that is nothing but
 * a name) or English given names ("Mark Esper" is a person). Sources in gazetteer/README.md.
 */
public final class WordList {

    static final String COMMON_WORDS = "/gazetteer/common-words.txt";
    static final String GIVEN_NAMES = "/gazetteer/given-names.txt";

    private final Set<String> words;

    public WordList(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static WordList loadFromClasspath(String resource) {
        InputStream stream = WordList.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
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
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new WordList(words);
    }

    public boolean contains(String token) {
        return words.contains(token.toLowerCase(Locale.ROOT));
    }
}
