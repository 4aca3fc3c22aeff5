package org.newsatlas.extraction;

import java.util.List;
import org.newsatlas.gazetteer.GazetteerEntry;

/** A token run that may be a place name, before its evidence is weighed. */
record SpanCandidate(
        int sentenceIndex,
        int fromToken,
        int toToken,
        List<GazetteerEntry> entries,
        boolean demonym,
        boolean namedByFinder,
        String key) {

    SpanCandidate withNamedByFinder() {
        return new SpanCandidate(sentenceIndex, fromToken, toToken, entries, demonym, true, key);
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
