package org.newsatlas.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks places up by name. Names are compared after {@link NameNormalizer#normalize}: case,
 * diacritics and punctuation do not matter, and "St." matches "Saint", "U.S." matches "US".
 */
public interface Gazetteer {

    /** Every entry that has this name (primary, ASCII or alternate), most populous first. */
    List<GazetteerEntry> lookup(String name);

    /**
     * The longest run of tokens starting at {@code from} that is a name in the gazetteer,
     * or empty. Tokens are surface tokens as the tokenizer produced them ("St.", "Louis").
     */
    Optional<NameMatch> longestMatch(List<String> tokens, int from);

    /** The place a demonym or adjective stands for ("Libyan" -> Libya), if it is one. */
    Optional<GazetteerEntry> demonym(String word);

    /** The entry with this GeoNames id, if the gazetteer holds it. */
    Optional<GazetteerEntry> byId(long geonameId);

    /** The first-order division entry for a country and its GeoNames admin1 code. */
    Optional<GazetteerEntry> firstOrderDivision(String countryCode, String admin1Code);

    int size();

    /**
     * Entries with a name (primary or alternate) that starts with this text, after normalisation:
     * those named exactly so first, then the most populous; at most {@code limit}, each once.
     */
    default List<GazetteerEntry> search(String prefix, int limit) {
        return List.of();
    }

    /**
     * The place names in a token sequence, left to right, each the longest match at its start;
     * tokens inside a match are not tried again.
     */
    default List<NameMatch> matchAll(List<String> tokens) {
        List<NameMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<NameMatch> match = longestMatch(tokens, i);
            if (match.isPresent()) {
                matches.add(match.get());
                i = match.get().toToken();
            } else {
                i++;
            }
        }
        return matches;
    }

    /** Every place a demonym row names for this word, in file order (the first is {@link #demonym}). */
    default List<GazetteerEntry> demonyms(String word) {
        return demonym(word).map(List::of).orElse(List.of());
    }
}
