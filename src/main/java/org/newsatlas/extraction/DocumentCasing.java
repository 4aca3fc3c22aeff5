package org.newsatlas.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the document itself writes its words where the grammar does not choose the case: a word
 * capitalised after a lower-case word ("visited Athens on") is a name to this writer, so the same
 * word opening a sentence or in capitals ("Athens officials...", "ATHENS -") is the name too,
 * whatever the tagger makes of it there. Built once per document in one pass over its tokens.
 */
final class DocumentCasing {

    /** For rules tried on one sentence alone: no other sentence vouches for a capital. */
    static final DocumentCasing NONE = new DocumentCasing(Set.of());

    /** Lower-cased words written with a capital right after a lower-case word or a comma. */
    private final Set<String> capitalisedMidSentence;

    private DocumentCasing(Set<String> capitalisedMidSentence) {
        this.capitalisedMidSentence = capitalisedMidSentence;
    }

    static DocumentCasing of(List<AnalyzedSentence> sentences) {
        Set<String> capitalised = new HashSet<>();
        for (AnalyzedSentence sentence : sentences) {
            for (int t = 1; t < sentence.size(); t++) {
                String text = sentence.token(t).text();
                // after a capitalised word the capital may be a headline's or a longer name's, not this word's
                if (TokenShapes.isCapitalisedWord(text) && !TokenShapes.isAllCaps(text)
                        && followsLowerCase(sentence.token(t - 1).text())) {
                    capitalised.add(text.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new DocumentCasing(capitalised);
    }

    /** The document writes {@code word} (in any case) with a capital after a lower-case word. */
    boolean writesCapitalisedMidSentence(String word) {
        return capitalisedMidSentence.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean followsLowerCase(String previous) {
        return !previous.isEmpty() && Character.isLowerCase(previous.codePointAt(0)) || ",".equals(previous);
    }
}
