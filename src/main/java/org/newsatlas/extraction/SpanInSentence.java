package org.newsatlas.extraction;

/** A candidate span and the sentence it stands in: what every evidence rule looks at. */
record SpanInSentence(AnalyzedSentence sentence, SpanCandidate candidate) {

    /** The token right before the span, or null when the span starts the sentence. */
    AnalyzedSentence.Token previous() {
        return candidate.fromToken() > 0 ? sentence.token(candidate.fromToken() - 1) : null;
    }

    /** The token right after the span, or null when the span ends the sentence. */
    AnalyzedSentence.Token next() {
        return candidate.toToken() < sentence.size() ? sentence.token(candidate.toToken()) : null;
    }

    boolean previousIs(ContextWords words) {
        AnalyzedSentence.Token previous = previous();
        return previous != null && words.contains(previous.text());
    }

    boolean nextIs(ContextWords words) {
        AnalyzedSentence.Token next = next();
        return next != null && words.contains(next.text());
    }

    /** "Dublin Road" but not "Dublin road": a lower-case word after a name is the sentence's own. */
    boolean capitalisedNextIs(ContextWords words) {
        return nextIs(words) && next().isCapitalized();
    }

    boolean isSingleWord() {
        return candidate.length() == 1;
    }

    String firstWord() {
        return sentence.token(candidate.fromToken()).text();
    }

    boolean opensSentence() {
        return opensSentence(sentence, candidate.fromToken());
    }

    /** Only punctuation (a quote, a bracket) stands before token {@code from}. */
    static boolean opensSentence(AnalyzedSentence sentence, int from) {
        for (int t = from - 1; t >= 0; t--) {
            String text = sentence.token(t).text();
            if (Character.isLetterOrDigit(text.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Every capitalised token of the span is tagged a proper noun. */
    boolean allProperNouns() {
        for (int t = candidate.fromToken(); t < candidate.toToken(); t++) {
            AnalyzedSentence.Token token = sentence.token(t);
            if (token.isCapitalized() && !token.isProperNoun()) {
                return false;
            }
        }
        return true;
    }
}
