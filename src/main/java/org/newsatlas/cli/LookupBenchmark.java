package org.newsatlas.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * Single-threaded timing of the gazetteer's hot paths over a mix that looks like news text: names
 * of places (prominent ones more often), in the spellings the gazetteer holds, some upper-cased, and
 * words that are not places at all. Figures are for reading, not asserting: machines differ.
 */
final class LookupBenchmark {

    private static final String[] NOT_PLACES = {
            "the", "President", "said", "Tuesday", "government", "officials", "talks", "ceasefire", "minister",
            "according", "Reuters", "spokesman", "week", "Mr", "forces", "agreement", "election", "Xqzvbn",
            "United Nations", "on Monday", "prime", "security", "council", "parliament", "militia", "oil"};

    private static final String SENTENCE = "Officials in %s said on Tuesday that talks with %s would resume ,"
            + " according to a spokesman for the government of %s .";

    private final List<GazetteerEntry> entries;
    private final Random random = new Random(42);

    record Result(long operations, long nanos, long hits) {

        double perSecond() {
            return operations * 1e9 / nanos;
        }
    }

    LookupBenchmark(List<GazetteerEntry> entries) {
        this.entries = entries;
    }

    /** A power-of-two number of surface strings: ~80% gazetteer names, ~20% ordinary words. */
    String[] queries(int log2Count) {
        String[] queries = new String[1 << log2Count];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = random.nextInt(5) == 0 ? NOT_PLACES[random.nextInt(NOT_PLACES.length)] : placeName();
        }
        return queries;
    }

    /** Sentences with three place names each, split at spaces as a simple tokenizer would. */
    List<List<String>> sentences(int count) {
        List<List<String>> sentences = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String text = String.format(Locale.ROOT, SENTENCE, placeName(), placeName(), placeName());
            sentences.add(Arrays.asList(text.split(" +")));
        }
        return sentences;
    }

    static Result lookups(Gazetteer gazetteer, String[] queries, long operations) {
        int mask = queries.length - 1;
        long hits = 0;
        long started = System.nanoTime();
        for (long i = 0; i < operations; i++) {
            hits += gazetteer.lookup(queries[(int) (i & mask)]).isEmpty() ? 0 : 1;
        }
        return new Result(operations, System.nanoTime() - started, hits);
    }

    /** longestMatch at every token position, as a naive extractor would call it. */
    static Result longestMatches(Gazetteer gazetteer, List<List<String>> sentences, long minimumCalls) {
        long calls = 0;
        long hits = 0;
        long started = System.nanoTime();
        while (calls < minimumCalls) {
            for (List<String> tokens : sentences) {
                for (int from = 0; from < tokens.size(); from++) {
                    hits += gazetteer.longestMatch(tokens, from).isPresent() ? 1 : 0;
                }
                calls += tokens.size();
            }
        }
        return new Result(calls, System.nanoTime() - started, hits);
    }

    /** matchAll over whole sentences; operations are tokens. */
    static Result matchAll(Gazetteer gazetteer, List<List<String>> sentences, long minimumTokens) {
        long tokens = 0;
        long hits = 0;
        long started = System.nanoTime();
        while (tokens < minimumTokens) {
            for (List<String> sentence : sentences) {
                hits += gazetteer.matchAll(sentence).size();
                tokens += sentence.size();
            }
        }
        return new Result(tokens, System.nanoTime() - started, hits);
    }

    private String placeName() {
        // News mentions lean to prominent places: half the picks come from the most populous 5%.
        int bound = random.nextBoolean() ? Math.max(1, entries.size() / 20) : entries.size();
        GazetteerEntry entry = entries.get(random.nextInt(bound));
        String name = switch (random.nextInt(5)) {
            case 0 -> entry.asciiName();
            case 1 -> entry.alternateNames().isEmpty()
                    ? entry.name()
                    : entry.alternateNames().get(random.nextInt(entry.alternateNames().size()));
            default -> entry.name();
        };
        return random.nextInt(10) == 0 ? name.toUpperCase(Locale.ROOT) : name;
    }
}
