package org.newsatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.GeoDistance;

/**
 * Two names glued by a hyphen that name two places, not one brand: neighbouring towns ("Fargo-Moorhead",
 * "Athens-Clarke County"), a division and a place in it ("Wisconsin-Milwaukee"), or two countries or
 * their peoples ("Egypt-US relations", "the Israeli-Palestinian conflict"). "Wal-Mart" and
 * "Coca-Cola" stay brands: their halves, if the gazetteer knows them at all, are small places far apart.
 */
final class HyphenatedPlaces {

    /**
     * Two places of a pair lie at most this far apart: twin towns, a town and its county. Chosen by
     * hand as a day's drive across a metropolitan area, not tuned.
     */
    static final double NEIGHBOURS_KM = 100;

    private HyphenatedPlaces() {
    }

    /** The candidates, each one that forms such a pair with its neighbour marked {@link SpanCandidate#pairedByHyphen()}. */
    static List<SpanCandidate> marked(AnalyzedSentence sentence, List<SpanCandidate> candidates) {
        List<SpanCandidate> marked = null;
        for (int i = 0; i + 1 < candidates.size(); i++) {
            SpanCandidate left = candidates.get(i);
            SpanCandidate right = candidates.get(i + 1);
            if (right.fromToken() == left.toToken() + 1 && TokenShapes.isGluedHyphen(sentence, left.toToken())
                    && namePlaces(left, right)) {
                if (marked == null) {
                    marked = new ArrayList<>(candidates);
                }
                marked.set(i, left.withPairedByHyphen());
                marked.set(i + 1, right.withPairedByHyphen());
            }
        }
        return marked == null ? candidates : marked;
    }

    static boolean namePlaces(SpanCandidate left, SpanCandidate right) {
        if (CandidatePlaces.isMajorPlace(left) && CandidatePlaces.isMajorPlace(right)) {
            return true;
        }
        for (GazetteerEntry a : left.entries()) {
            for (GazetteerEntry b : right.entries()) {
                if (GeoDistance.km(a, b) <= NEIGHBOURS_KM || contains(a, b) || contains(b, a)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(GazetteerEntry division, GazetteerEntry place) {
        return division.isFirstOrderDivision() && !place.isFirstOrderDivision()
                && Objects.equals(division.countryCode(), place.countryCode())
                && Objects.equals(division.admin1Code(), place.admin1Code());
    }
}
