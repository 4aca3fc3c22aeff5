package org.newsatlas.geocoding;

import java.util.List;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * The place a mention was resolved to, how sure the resolver is (0..1, the chosen candidate's share
 * of the evidence) and the ranked candidates it weighed, best first.
 */
public record ResolvedPlace(
        PlaceMention mention,
        GazetteerEntry place,
        double confidence,
        List<CandidateScore> ranked) {

    public ResolvedPlace {
        ranked = List.copyOf(ranked);
    }

    public record CandidateScore(GazetteerEntry place, double score) {
    }
}
