package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Asks two gazetteers every question the geoparser asks and expects the same answer from both. */
final class SameAnswers {

    /** One prefix search per this many entries: each search walks every name under its prefix. */
    private static final int SEARCH_EVERY = 2_000;

    private SameAnswers() {
    }

    static void assertSameAnswers(InMemoryGazetteer expected, InMemoryGazetteer actual, List<String> demonyms) {
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.stats()).isEqualTo(expected.stats());
        assertThat(actual.entries()).isEqualTo(expected.entries());
        int asked = 0;
        for (GazetteerEntry entry : expected.entries()) {
            assertThat(actual.byId(entry.geonameId())).isEqualTo(expected.byId(entry.geonameId()));
            if (entry.isFirstOrderDivision()) {
                assertThat(actual.firstOrderDivision(entry.countryCode(), entry.admin1Code()))
                        .isEqualTo(expected.firstOrderDivision(entry.countryCode(), entry.admin1Code()));
            }
            for (String name : namesOf(entry)) {
                assertThat(actual.lookup(name)).as(name).isEqualTo(expected.lookup(name));
                List<String> tokens = Arrays.asList(name.split(" "));
                if (tokens.size() > 1) {
                    assertThat(actual.longestMatch(tokens, 0)).as(name).isEqualTo(expected.longestMatch(tokens, 0));
                    assertThat(actual.matchAll(tokens)).as(name).isEqualTo(expected.matchAll(tokens));
                }
            }
            if (asked++ % SEARCH_EVERY == 0) {
                for (int length = 2; length <= Math.min(4, entry.name().length()); length++) {
                    String prefix = entry.name().substring(0, length);
                    assertThat(actual.search(prefix, 10)).as(prefix).isEqualTo(expected.search(prefix, 10));
                }
            }
        }
        assertThat(actual.byId(-1)).isEqualTo(expected.byId(-1));
        assertThat(actual.firstOrderDivision("XX", "99")).isEqualTo(expected.firstOrderDivision("XX", "99"));
        for (String demonym : demonyms) {
            assertThat(actual.demonyms(demonym)).as(demonym).isEqualTo(expected.demonyms(demonym));
            assertThat(actual.demonym(demonym)).as(demonym).isEqualTo(expected.demonym(demonym));
        }
    }

    private static List<String> namesOf(GazetteerEntry entry) {
        List<String> names = new ArrayList<>(entry.alternateNames());
        names.add(entry.name());
        names.add(entry.asciiName());
        return names;
    }

    /** The first column of a demonyms file on the classpath. */
    static List<String> demonymWords(String resource) {
        List<String> words = new ArrayList<>();
        try (InputStream in = SameAnswers.class.getClassLoader().getResourceAsStream(resource);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.startsWith("#")).forEach(line -> words.add(line.split("\t")[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(words).isNotEmpty();
        return words;
    }
}
