package org.newsatlas.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole gazetteer on the heap: a hash table from normalised name to its entries (most populous
 * first), built once by {@link GazetteerBuilder} and read-only afterwards, so it is safe to share
 * between threads.
 *
 * <p>Besides real names the table marks every word-boundary prefix of a multi-word name.
 * {@link #longestMatch} scans forward one token at a time and stops as soon as the text
 * so far is not the start of any name; that finds the same longest match as trying the longest
 * span first, but usually with one or two hash lookups instead of eight.
 */
public final class InMemoryGazetteer implements Gazetteer {

    private final NameIndex names;
    private final List<GazetteerEntry> entries;
    private final IdIndex ids;
    private final Map<String, List<GazetteerEntry>> demonyms;
    private final Map<String, GazetteerEntry> divisions;
    private final int maxWords;
    private final GazetteerStats stats;
    private final PrefixSearch prefixes;

    InMemoryGazetteer(NameIndex names, List<GazetteerEntry> mostProminentFirst, IdIndex ids,
            Map<String, List<GazetteerEntry>> demonyms, Map<String, GazetteerEntry> divisions, int maxWords,
            GazetteerStats stats) {
        this.names = names;
        this.entries = mostProminentFirst;
        this.ids = ids;
        this.demonyms = demonyms;
        this.divisions = divisions;
        this.maxWords = maxWords;
        this.stats = stats;
        this.prefixes = new PrefixSearch(names);
    }

    public static GazetteerBuilder builder() {
        return new GazetteerBuilder();
    }

    @Override
    public List<GazetteerEntry> lookup(String name) {
        return names.get(NameNormalizer.normalize(name));
    }

    @Override
    public Optional<NameMatch> longestMatch(List<String> tokens, int from) {
        if (from < 0 || from >= tokens.size()) {
            return Optional.empty();
        }
        return Optional.ofNullable(matchAt(tokens, from, null));
    }

    /** Like the default, but folds each token once for the whole sequence. */
    @Override
    public List<NameMatch> matchAll(List<String> tokens) {
        String[] folded = new String[tokens.size()];
        List<NameMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            NameMatch match = matchAt(tokens, i, folded);
            if (match != null) {
                matches.add(match);
                i = match.toToken();
            } else {
                i++;
            }
        }
        return matches;
    }

    private NameMatch matchAt(List<String> tokens, int from, String[] cache) {
        String prefix = null;
        Object best = null;
        int bestEnd = -1;
        int words = 0;
        for (int i = from; i < tokens.size(); i++) {
            String folded = folded(tokens, i, cache);
            if (folded.isEmpty()) {
                if (i == from) {
                    return null;
                }
                continue; // punctuation inside a name: "St" "." "Louis"
            }
            boolean clitic = i > from && NameNormalizer.isClitic(tokens.get(i));
            words += clitic ? wordCount(folded) - 1 : wordCount(folded);
            if (words > maxWords) {
                break;
            }
            // The last word keeps "st" as is; once a word follows it, it is "saint".
            String asLast = NameNormalizer.expandAbbreviations(folded, false);
            String asInner = NameNormalizer.expandAbbreviations(folded, true);
            // a possessive split from its word joins it again: "People" "'s" is "peoples", as in "People's Republic"
            String glue = clitic ? "" : " ";
            String candidate = prefix == null ? asLast : prefix + glue + asLast;
            Object found = names.find(candidate);
            if (NameIndex.isName(found)) {
                best = found;
                bestEnd = i + 1;
            }
            if (asInner != asLast) {
                candidate = prefix == null ? asInner : prefix + glue + asInner;
                found = names.find(candidate);
            }
            if (found == null && i + 1 < tokens.size() && NameNormalizer.isClitic(tokens.get(i + 1))) {
                // "People" "'s" "Republic": the word alone starts no name, glued to its possessive it may
                String glued = (prefix == null ? "" : prefix + glue) + asLast + folded(tokens, i + 1, cache);
                found = names.find(glued);
                if (NameIndex.isName(found)) {
                    best = found;
                    bestEnd = i + 2;
                }
                candidate = glued;
                i++;
            }
            if (found == null) {
                break;
            }
            prefix = candidate;
        }
        return best == null ? null : new NameMatch(from, bestEnd, NameIndex.entriesOf(best));
    }

    private static String folded(List<String> tokens, int i, String[] cache) {
        if (cache == null) {
            return NameNormalizer.words(tokens.get(i));
        }
        String folded = cache[i];
        if (folded == null) {
            folded = NameNormalizer.words(tokens.get(i));
            cache[i] = folded;
        }
        return folded;
    }

    private static int wordCount(String folded) {
        int count = 1;
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    @Override
    public Optional<GazetteerEntry> demonym(String word) {
        List<GazetteerEntry> places = demonyms(word);
        return places.isEmpty() ? Optional.empty() : Optional.of(places.get(0));
    }

    @Override
    public List<GazetteerEntry> demonyms(String word) {
        List<GazetteerEntry> places = demonyms.get(NameNormalizer.normalize(word));
        return places == null ? List.of() : places;
    }

    @Override
    public Optional<GazetteerEntry> byId(long geonameId) {
        return Optional.ofNullable(ids.get(geonameId));
    }

    @Override
    public Optional<GazetteerEntry> firstOrderDivision(String countryCode, String admin1Code) {
        return Optional.ofNullable(divisions.get(divisionKey(countryCode, admin1Code)));
    }

    @Override
    public List<GazetteerEntry> search(String prefix, int limit) {
        return prefixes.search(prefix, limit);
    }

    @Override
    public int size() {
        return entries.size();
    }

    public GazetteerStats stats() {
        return stats;
    }

    /** Every entry, most populous first; the benchmark samples names from it. */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    NameIndex names() {
        return names;
    }

    Map<String, List<GazetteerEntry>> demonymTable() {
        return demonyms;
    }

    int maxWords() {
        return maxWords;
    }

    static String divisionKey(String countryCode, String admin1Code) {
        return countryCode + '.' + admin1Code;
    }
}
