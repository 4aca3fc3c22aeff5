package org.newsatlas.extraction;

import static org.newsatlas.extraction.RecognitionWeights.ALL_COMMON_WORDS;
import static org.newsatlas.extraction.RecognitionWeights.BARE_GIVEN_NAME;
import static org.newsatlas.extraction.RecognitionWeights.COMMON_WORD;
import static org.newsatlas.extraction.RecognitionWeights.COMMON_WORD_NAMED_BY_FINDER;
import static org.newsatlas.extraction.RecognitionWeights.ORGANISATION_WORD_IN_NAME;
import static org.newsatlas.extraction.TokenLengths.SHORTEST_COMMON_WORD_IN_CAPITALS;
import static org.newsatlas.extraction.RecognitionWeights.TIME_WORD;
import static org.newsatlas.extraction.RecognitionWeights.TIME_WORD_NAMED_BY_FINDER;
import static org.newsatlas.extraction.RecognitionWeights.TITLE_OR_DESCRIPTOR_ALONE;

import java.util.Set;

/**
 * Evidence in the words of the span: a month, a title, a common English word or a given name is a
 * place only with more evidence. Each rule returns its weight when it fires, else 0.
 */
final class WordEvidence {

    /** What the tokenizer leaves of a possessive after a name: "Patrick" + "'s". */
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’");

    private final WordList commonWords;
    private final WordList givenNames;

    WordEvidence(WordList commonWords, WordList givenNames) {
        this.commonWords = commonWords;
        this.givenNames = givenNames;
    }

    static double timeWord(SpanInSentence span) {
        boolean time = span.isSingleWord() && ContextWords.TIME.contains(span.firstWord()) || namesADay(span);
        if (!time) {
            return 0;
        }
        return span.candidate().namedByFinder() ? TIME_WORD_NAMED_BY_FINDER : TIME_WORD;
    }

    /**
     * "St. Patrick's Day", "Columbus Day", "Memorial Day": a name before a capitalised "Day", with or
     * without a possessive, names a day. Not a major place ("Canada Day" celebrates the country).
     */
    static boolean namesADay(SpanInSentence span) {
        if (CandidatePlaces.isMajorPlace(span.candidate())) {
            return false;
        }
        AnalyzedSentence sentence = span.sentence();
        int next = span.candidate().toToken();
        if (next < sentence.size() && POSSESSIVES.contains(sentence.token(next).text())) {
            next++;
        }
        return next < sentence.size() && "Day".equals(sentence.token(next).text());
    }

    static double titleOrDescriptorAlone(SpanInSentence span) {
        return isSingleName(span) && isTitleOrDescriptor(span.firstWord()) ? TITLE_OR_DESCRIPTOR_ALONE : 0;
    }

    /** Not for a title or descriptor, which {@link #titleOrDescriptorAlone} already rules out. */
    double commonWord(SpanInSentence span) {
        String word = span.firstWord();
        if (!isSingleName(span) || isTitleOrDescriptor(word) || !commonWords.contains(word)) {
            return 0;
        }
        boolean code = TokenShapes.isAllCaps(word) && word.length() < SHORTEST_COMMON_WORD_IN_CAPITALS;
        if (code) {
            return 0;
        }
        return span.candidate().namedByFinder() ? COMMON_WORD_NAMED_BY_FINDER : COMMON_WORD;
    }

    /**
     * "Mary", "Scott": a bare given name is more often a person than a small town. Not the name of
     * a country, a large state or a region ("Florida Highway Patrol troopers said", "Virginia
     * said"): alone it is more often the place than a person.
     */
    double bareGivenName(SpanInSentence span) {
        SpanCandidate candidate = span.candidate();
        boolean applies = isSingleName(span) && givenNames.contains(span.firstWord())
                && !candidate.namedByFinder() && !CandidatePlaces.isMajorPlace(candidate)
                && !span.previousIs(ContextWords.LOCATIVE);
        return applies ? BARE_GIVEN_NAME : 0;
    }

    /** The counterpart of {@link #commonWord} for what is not a single name: "New Market", "French". */
    double allCommonWords(SpanInSentence span) {
        if (isSingleName(span)) {
            return 0;
        }
        AnalyzedSentence sentence = span.sentence();
        for (int t = span.candidate().fromToken(); t < span.candidate().toToken(); t++) {
            if (!commonWords.contains(sentence.token(t).text())) {
                return 0;
            }
        }
        return ALL_COMMON_WORDS;
    }

    /**
     * "Bureau of Meteorology", "Farm Bureau Federation", "Health Bureau": an organisation word
     * inside a longer name names the organisation, not a place that bears the same word.
     */
    static double organisationWordInName(SpanInSentence span) {
        if (!isSingleName(span) || !ContextWords.ORGANISATION.contains(span.firstWord())) {
            return 0;
        }
        AnalyzedSentence sentence = span.sentence();
        int from = span.candidate().fromToken();
        AnalyzedSentence.Token previous = span.previous();
        boolean nameBefore = previous != null && TokenShapes.isCapitalisedWord(previous.text())
                && !SpanInSentence.opensSentence(sentence, from - 1);
        AnalyzedSentence.Token next = span.next();
        int after = span.candidate().toToken();
        boolean nameAfter = next != null && (TokenShapes.isCapitalisedWord(next.text())
                || "of".equals(next.text()) && after + 1 < sentence.size()
                && TokenShapes.isCapitalisedWord(sentence.token(after + 1).text()));
        return nameBefore || nameAfter ? ORGANISATION_WORD_IN_NAME : 0;
    }

    /** One word that is not a demonym: the span the word rules judge. */
    private static boolean isSingleName(SpanInSentence span) {
        return span.isSingleWord() && !span.candidate().demonym();
    }

    private static boolean isTitleOrDescriptor(String word) {
        return ContextWords.PERSON_TITLE.contains(word) || ContextWords.PLACE_DESCRIPTOR.contains(word)
                || ContextWords.SAINT.contains(word);
    }
}
