package org.newsatlas.extraction;

import java.util.List;
import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * A span of the text recognised as a place name, with the gazetteer entries it may stand for.
 * Offsets are char offsets into the text, end exclusive; {@code sentenceIndex} points into the
 * analysed sentences. A demonym mention ("Libyan") has the one place it derives from.
 */
public record PlaceMention(
        int start,
        int end,
        String name,
        int sentenceIndex,
        int fromToken,
        int toToken,
        List<GazetteerEntry> candidates,
        boolean demonym,
        double recognitionScore) {

    public PlaceMention {
        candidates = List.copyOf(candidates);
    }
}
