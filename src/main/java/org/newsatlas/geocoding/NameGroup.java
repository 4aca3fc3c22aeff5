package org.newsatlas.geocoding;

import java.util.ArrayList;
import java.util.List;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.GazetteerEntry;

/** The mentions of one name in a document, its candidates and their current scores. */
final class NameGroup {

    /** Spread of the softmax that turns scores into a confidence. */
    private static final double TEMPERATURE = 1.0;

    private final int index;
    private final List<GazetteerEntry> candidates;
    private final List<PlaceMention> mentions = new ArrayList<>();
    private final List<GazetteerEntry> qualifiers = new ArrayList<>();
    private final double[] scores;
    private int best;

    NameGroup(int index, List<GazetteerEntry> candidates) {
        this.index = index;
        this.candidates = candidates;
        this.scores = new double[candidates.size()];
    }

    int index() {
        return index;
    }

    List<PlaceMention> mentions() {
        return mentions;
    }

    void addQualifiers(List<GazetteerEntry> found) {
        qualifiers.addAll(found);
    }

    boolean hasQualifier() {
        return !qualifiers.isEmpty();
    }

    GazetteerEntry best() {
        return candidates.get(best);
    }

    void scoreBy(DocumentFocus focus) {
        for (int i = 0; i < candidates.size(); i++) {
            scores[i] = CandidateScoring.score(candidates.get(i), mentions.get(0), qualifiers, focus, index);
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
    }

    /** The best candidate's softmax share among all candidates. */
    double confidence() {
        double sum = 0;
        for (double score : scores) {
            sum += Math.exp((score - scores[best]) / TEMPERATURE);
        }
        return 1.0 / sum;
    }

    List<ResolvedPlace.CandidateScore> ranked(int limit) {
        List<ResolvedPlace.CandidateScore> ranked = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            ranked.add(new ResolvedPlace.CandidateScore(candidates.get(i), scores[i]));
        }
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }
}
