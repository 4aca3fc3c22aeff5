package org.newsatlas.extraction;

import static org.newsatlas.extraction.RecognitionWeights.ADJECTIVE_BEFORE_NOUN;
import static org.newsatlas.extraction.RecognitionWeights.AMPERSAND_NAME;
import static org.newsatlas.extraction.RecognitionWeights.CAPITALISED_ELSEWHERE;
import static org.newsatlas.extraction.RecognitionWeights.DATELINE;
import static org.newsatlas.extraction.RecognitionWeights.DEMONYM;
import static org.newsatlas.extraction.RecognitionWeights.DEMONYM_INSIDE_NAME;
import static org.newsatlas.extraction.RecognitionWeights.HYPHENATED_NAME;
import static org.newsatlas.extraction.RecognitionWeights.NOT_OPENING_SENTENCE;
import static org.newsatlas.extraction.RecognitionWeights.OPENS_SENTENCE_NOT_PROPER_NOUN;
import static org.newsatlas.extraction.RecognitionWeights.PROPER_NOUN;
import static org.newsatlas.extraction.RecognitionWeights.SEVERAL_WORDS;
import static org.newsatlas.extraction.RecognitionWeights.UNKNOWN_ACRONYM;

import java.util.Set;

/**
 * Evidence in the form of the span: where it stands, its part of speech, its length, its capitals
 * and hyphens. Each rule returns its weight when it fires, else 0.
 */
final class ShapeEvidence {

    /** The parts of speech an adjective describes or stands before: "Arab countries", "Arab military forces". */
    private static final Set<String> DESCRIBED = Set.of("NOUN", "ADJ");

    private ShapeEvidence() {
    }

    static double position(SpanInSentence span) {
        // a demonym is capitalised wherever it stands, so its position says nothing
        return span.opensSentence() && !span.candidate().demonym() ? 0 : NOT_OPENING_SENTENCE;
    }

    static double partOfSpeech(SpanInSentence span) {
        SpanCandidate candidate = span.candidate();
        if (span.allProperNouns()) {
            return PROPER_NOUN;
        }
        // a dateline's capitals are the report's format: the tagger reads "SPRINGFIELD -" as no proper noun
        return span.opensSentence() && !candidate.namedByFinder() && !candidate.demonym()
                && !TokenShapes.isDateline(span.sentence(), candidate) ? OPENS_SENTENCE_NOT_PROPER_NOUN : 0;
    }

    static double severalWords(SpanInSentence span) {
        return span.candidate().length() > 1 ? SEVERAL_WORDS : 0;
    }

    static double demonym(SpanInSentence span) {
        if (!span.candidate().demonym()) {
            return 0;
        }
        return isInsideProperName(span) ? DEMONYM_INSIDE_NAME : DEMONYM;
    }

    static double unknownAcronym(SpanInSentence span) {
        return TokenShapes.isUnknownAcronym(span.sentence(), span.candidate()) ? UNKNOWN_ACRONYM : 0;
    }

    static double dateline(SpanInSentence span) {
        return TokenShapes.isDateline(span.sentence(), span.candidate()) ? DATELINE : 0;
    }

    static double hyphenatedName(SpanInSentence span) {
        boolean brand = !span.candidate().pairedByHyphen()
                && TokenShapes.isPartOfHyphenatedName(span.sentence(), span.candidate());
        return brand ? HYPHENATED_NAME : 0;
    }

    static double ampersandName(SpanInSentence span) {
        return TokenShapes.isJoinedByAmpersand(span.sentence(), span.candidate()) ? AMPERSAND_NAME : 0;
    }

    /**
     * "Arab countries", "European and Arab suspicions": one word the tagger reads as an adjective
     * before a lower-case word describes that word; a place name so used is tagged a proper noun.
     * Not a major place before a verb: "while Tripoli waited" is the tagger's mistake.
     */
    static double adjectiveBeforeNoun(SpanInSentence span) {
        if (!span.isSingleWord() || span.candidate().demonym()
                || !"ADJ".equals(span.sentence().token(span.candidate().fromToken()).tag())) {
            return 0;
        }
        AnalyzedSentence.Token next = span.next();
        if (next == null || !Character.isLowerCase(next.text().codePointAt(0))
                || ContextWords.RESIDENTS.contains(next.text())) {
            // "a Longview woman", "Albany police": a place's people, whatever the tagger says
            return 0;
        }
        // "while Tripoli waited": an adjective describes no verb, so the tagger erred on a major place's name
        boolean erred = !DESCRIBED.contains(next.tag()) && CandidatePlaces.isMajorPlace(span.candidate());
        return erred ? 0 : ADJECTIVE_BEFORE_NOUN;
    }

    /**
     * "Athens officials met..." tagged no proper noun, where the document also writes "in Athens":
     * the writer capitalises the word inside sentences, so its capital here is no sentence's.
     */
    static double capitalisedElsewhere(SpanInSentence span, DocumentCasing casing) {
        return partOfSpeech(span) == OPENS_SENTENCE_NOT_PROPER_NOUN
                && casing.writesCapitalisedMidSentence(span.firstWord()) ? CAPITALISED_ELSEWHERE : 0;
    }

    /** "African Union", "North African Cemetery": a demonym inside a longer name. */
    private static boolean isInsideProperName(SpanInSentence span) {
        AnalyzedSentence sentence = span.sentence();
        int from = span.candidate().fromToken();
        // "Russian President Putin" keeps its demonym; "African Union" is an organisation
        boolean capitalisedNext = span.capitalisedNextIs(ContextWords.ORGANISATION);
        AnalyzedSentence.Token previous = span.previous();
        boolean capitalisedPrevious = previous != null && previous.isCapitalized()
                && Character.isLetter(previous.text().charAt(0))
                && !SpanInSentence.opensSentence(sentence, from - 1);
        return capitalisedNext || capitalisedPrevious;
    }
}
