package org.newsatlas.extraction;

import org.newsatlas.gazetteer.GazetteerEntry;

/** What the gazetteer says about a candidate span: how prominent the places of that name are. */
final class CandidatePlaces {

    private CandidatePlaces() {
    }

    static double prominence(SpanCandidate candidate) {
        if (isMajorPlace(candidate)) {
            return 1.0;
        }
        long population = candidate.entries().stream().mapToLong(GazetteerEntry::population).max().orElse(0);
        return population >= 100_000 ? 0.8 : population >= 10_000 ? 0.4 : 0;
    }

    static boolean isCountryOrContinent(SpanCandidate candidate) {
        for (GazetteerEntry entry : candidate.entries()) {
            if (entry.isCountry() || "CONT".equals(entry.featureCode())) {
                return true;
            }
        }
        return false;
    }

    static boolean isMajorPlace(SpanCandidate candidate) {
        for (GazetteerEntry entry : candidate.entries()) {
            // a sheading of the Isle of Man named "Michael" is no reason to read "Michael Smith" as a place
            boolean largeDivision = entry.isFirstOrderDivision() && entry.population() >= 100_000;
            if (entry.isCountry() || largeDivision
                    || "CONT".equals(entry.featureCode()) || "RGN".equals(entry.featureCode())) {
                return true;
            }
        }
        return false;
    }

}
