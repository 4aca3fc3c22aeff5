package org.newsatlas.geocoding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsatlas.extraction.AnalyzedSentence;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * Names listed together ("Utah, Washington and Wisconsin"): the mentions next to each mention in
 * one sentence with nothing between them but a comma, "and" or "or". Members of a list are
 * usually places of one kind.
 */
final class ListedNames {

    /** Words that join the members of a list. */
    static final Set<String> LIST_WORDS = Set.of(",", "and", "or", "&");

    private ListedNames() {
    }

    static Map<PlaceMention, List<PlaceMention>> of(List<AnalyzedSentence> sentences, List<PlaceMention> mentions) {
        List<PlaceMention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(PlaceMention::sentenceIndex).thenComparingInt(PlaceMention::fromToken));
        Map<PlaceMention, List<PlaceMention>> neighbours = new IdentityHashMap<>();
        for (int i = 0; i + 1 < ordered.size(); i++) {
            PlaceMention left = ordered.get(i);
            PlaceMention right = ordered.get(i + 1);
            if (left.sentenceIndex() == right.sentenceIndex() && !left.demonym() && !right.demonym()
                    && joined(sentences.get(left.sentenceIndex()), left.toToken(), right.fromToken())) {
                neighbours.computeIfAbsent(left, k -> new ArrayList<>()).add(right);
                neighbours.computeIfAbsent(right, k -> new ArrayList<>()).add(left);
            }
        }
        return neighbours;
    }

    /** One or two list words, and nothing else, between the two names (", and"). */
    private static boolean joined(AnalyzedSentence sentence, int from, int to) {
        int between = to - from;
        if (between < 1 || between > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!LIST_WORDS.contains(sentence.token(i).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A state listed beside another state of its country ("Utah, Washington and Wisconsin"): the
     * other name is by its own name a first-order division there.
     */
    static boolean isListedWithItsKind(GazetteerEntry candidate, List<PlaceMention> listedWith) {
        if (!candidate.isFirstOrderDivision()) {
            return false;
        }
        for (PlaceMention neighbour : listedWith) {
            for (GazetteerEntry other : neighbour.candidates()) {
                if (other.isFirstOrderDivision() && other.geonameId() != candidate.geonameId()
                        && candidate.countryCode().equals(other.countryCode())
                        && CandidateScoring.isPrimaryName(other, neighbour.name())) {
                    return true;
                }
            }
        }
        return false;
    }
}
