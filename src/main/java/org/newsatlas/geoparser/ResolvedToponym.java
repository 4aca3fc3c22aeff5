package org.newsatlas.geoparser;

import java.util.List;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geocoding.ResolvedPlace;

/**
 * A place name found in a text and the place it was resolved to. Offsets are Java char (UTF-16)
 * offsets into the text, end exclusive; the sentence offsets bound the sentence holding it.
 * Alternatives are the runners-up with their scores, best first, for users correcting a geocode.
 */
public record ResolvedToponym(
        int start,
        int end,
        String name,
        GazetteerEntry place,
        double confidence,
        int sentenceStart,
        int sentenceEnd,
        List<ResolvedPlace.CandidateScore> alternatives) {

    public ResolvedToponym {
        alternatives = List.copyOf(alternatives);
    }
}
