package org.newsatlas.extraction;

import java.util.List;
import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * A token run that may be a place name, before its evidence is weighed. {@code pairedByHyphen}:
 * glued by a hyphen to another name that, with it, names two places ({@link HyphenatedPlaces}).
 */
record SpanCandidate(
        int sentenceIndex,
        int fromToken,
        int toToken,
        List<GazetteerEntry> entries,
        boolean demonym,
        boolean namedByFinder,
        String key,
        boolean pairedByHyphen) {

    SpanCandidate(int sentenceIndex, int fromToken, int toToken, List<GazetteerEntry> entries, boolean demonym,
            boolean namedByFinder, String key) {
        this(sentenceIndex, fromToken, toToken, entries, demonym, namedByFinder, key, false);
    }

    SpanCandidate withNamedByFinder() {
        return new SpanCandidate(sentenceIndex, fromToken, toToken, entries, demonym, true, key, pairedByHyphen);
    }

    SpanCandidate withPairedByHyphen() {
        return new SpanCandidate(sentenceIndex, fromToken, toToken, entries, demonym, namedByFinder, key, true);
    }

    int length() {
        return toToken - fromToken;
    }

    PlaceMention toMention(String text, AnalyzedSentence sentence, double score) {
        int start = sentence.token(fromToken).start();
        int end = sentence.token(toToken - 1).end();
        String name = text.substring(start, end);
        return new PlaceMention(start, end, name, sentenceIndex, fromToken, toToken, entries, demonym, score);
    }
}
