package org.newsatlas.geocoding;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsatlas.extraction.AnalyzedSentence;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.FeatureCodes;
import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * The kind of place the words beside a name say it is: "the state of Washington", "Washington
 * state", "Zaire province", "the city of Sao Paulo", "Warren County" where only "Warren" is in
 * the gazetteer, and a plural after a list ("Butler, Clark and Warren counties"), which tells the
 * kind of every member.
 */
final class KindWords {

    /** A kind of place a word names, and which candidates are of that kind. */
    enum Kind {
        FIRST_ORDER_DIVISION, SECOND_ORDER_DIVISION, TOWN;

        boolean fits(GazetteerEntry candidate) {
            return switch (this) {
                case FIRST_ORDER_DIVISION -> candidate.isFirstOrderDivision();
                case SECOND_ORDER_DIVISION -> FeatureCodes.isSecondOrderDivision(candidate.featureCode());
                case TOWN -> candidate.isPopulatedPlace();
            };
        }
    }

    /**
     * "the state of X": the word before "of". "District" and "region" are left out: each country
     * uses them for divisions of another rank.
     */
    private static final Map<String, Kind> BEFORE_OF = Map.of("state", Kind.FIRST_ORDER_DIVISION,
            "province", Kind.FIRST_ORDER_DIVISION, "city", Kind.TOWN, "town", Kind.TOWN, "village", Kind.TOWN);

    /** "X state", "X county": the word right after the name. */
    private static final Map<String, Kind> AFTER = Map.of("state", Kind.FIRST_ORDER_DIVISION,
            "province", Kind.FIRST_ORDER_DIVISION, "county", Kind.SECOND_ORDER_DIVISION,
            "parish", Kind.SECOND_ORDER_DIVISION);

    /** "X, Y and Z counties": a plural after a list names the kind of all its members. */
    private static final Map<String, Kind> PLURAL_AFTER = Map.of("states", Kind.FIRST_ORDER_DIVISION,
            "provinces", Kind.FIRST_ORDER_DIVISION, "counties", Kind.SECOND_ORDER_DIVISION,
            "parishes", Kind.SECOND_ORDER_DIVISION);

    private KindWords() {
    }

    /** The kind each mention's neighbouring words give it; mentions without such words are absent. */
    static Map<PlaceMention, Kind> of(List<AnalyzedSentence> sentences, List<PlaceMention> mentions,
            Map<PlaceMention, List<PlaceMention>> listed) {
        Map<PlaceMention, Kind> kinds = new IdentityHashMap<>();
        for (PlaceMention mention : mentions) {
            if (mention.demonym()) {
                continue;
            }
            AnalyzedSentence sentence = sentences.get(mention.sentenceIndex());
            Kind kind = before(sentence, mention);
            if (kind == null) {
                kind = word(sentence, mention.toToken(), AFTER);
            }
            if (kind == null) {
                kind = pluralAfterList(sentences, mention, listed);
            }
            if (kind != null) {
                kinds.put(mention, kind);
            }
        }
        return kinds;
    }

    private static Kind before(AnalyzedSentence sentence, PlaceMention mention) {
        int of = mention.fromToken() - 1;
        if (of < 1 || !"of".equalsIgnoreCase(sentence.token(of).text())) {
            return null;
        }
        return BEFORE_OF.get(sentence.token(of - 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * The kind the word at {@code index} names. A title after it keeps the kind: "Washington State
     * University" and "the Madison County Fair" lie in the state and the county.
     */
    private static Kind word(AnalyzedSentence sentence, int index, Map<String, Kind> words) {
        return index < sentence.size() ? words.get(sentence.token(index).text().toLowerCase(Locale.ROOT)) : null;
    }

    /** The plural after any member of the mention's list, the members reached neighbour by neighbour. */
    private static Kind pluralAfterList(List<AnalyzedSentence> sentences, PlaceMention mention,
            Map<PlaceMention, List<PlaceMention>> listed) {
        Map<PlaceMention, Boolean> seen = new IdentityHashMap<>();
        Deque<PlaceMention> queue = new ArrayDeque<>(List.of(mention));
        while (!queue.isEmpty()) {
            PlaceMention member = queue.poll();
            if (seen.put(member, true) != null) {
                continue;
            }
            Kind kind = word(sentences.get(member.sentenceIndex()), member.toToken(), PLURAL_AFTER);
            if (kind != null) {
                return kind;
            }
            queue.addAll(listed.getOrDefault(member, List.of()));
        }
        return null;
    }
}
