package org.newsatlas.gazetteer;

import java.util.List;
import java.util.Optional;

/**
 * Looks places up by name. Names are compared after {@link NameNormalizer#normalize}: case,
 * diacritics and punctuation do not matter, and "St." matches "Saint", "U.S." matches "US".
 */
public interface Gazetteer {

    /** Every entry that has this name (primary, ASCII or alternate), most populous first. */
    List<GazetteerEntry> lookup(String name);

    Optional<GazetteerEntry> byId(long geonameId);

    /**
     * The longest run of tokens starting at {@code from} that is a name in the gazetteer,
     * or empty. Tokens are surface tokens as the tokenizer produced them ("St.", "Louis").
     */
    Optional<NameMatch> longestMatch(List<String> tokens, int from);

    /** The place a demonym or adjective stands for ("Libyan" -> Libya), if it is one. */
    Optional<GazetteerEntry> demonym(String word);

    /** The country entry for an ISO 3166-1 alpha-2 code. */
    Optional<GazetteerEntry> country(String countryCode);

    /** The first-order division entry for a country and its GeoNames admin1 code. */
    Optional<GazetteerEntry> firstOrderDivision(String countryCode, String admin1Code);

    int size();
}
