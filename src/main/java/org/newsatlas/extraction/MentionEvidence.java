package org.newsatlas.extraction;

import static org.newsatlas.extraction.RecognitionWeights.*;

/**
 * Weighs the evidence that a candidate span is a place name: what the name finder said, part of
 * speech, position, the words around it and how prominent the places of that name are, each with
 * its weight in {@link RecognitionWeights}.
 */
final class MentionEvidence {

    private final RecognitionSettings settings;
    private final WordList commonWords;
    private final PersonContext persons;

    MentionEvidence(RecognitionSettings settings, WordList commonWords, PersonContext persons) {
        this.settings = settings;
        this.commonWords = commonWords;
        this.persons = persons;
    }

    double score(AnalyzedSentence sentence, SpanCandidate candidate) {
        AnalyzedSentence.Token previous = candidate.fromToken() > 0 ? sentence.token(candidate.fromToken() - 1) : null;
        AnalyzedSentence.Token next = candidate.toToken() < sentence.size() ? sentence.token(candidate.toToken()) : null;
        boolean initial = isSentenceInitial(sentence, candidate.fromToken());
        boolean proper = allProperNouns(sentence, candidate);

        // a demonym is capitalised wherever it stands, so its position says nothing
        double score = initial && !candidate.demonym() ? 0 : NOT_OPENING_SENTENCE;
        if (candidate.namedByFinder()) {
            score += NAME_FINDER;
        }
        if (proper) {
            score += PROPER_NOUN;
        } else if (initial && !candidate.namedByFinder() && !candidate.demonym()) {
            score += OPENS_SENTENCE_NOT_PROPER_NOUN;
        }
        if (previous != null && ContextWords.LOCATIVE.contains(previous.text())) {
            score += LOCATIVE_BEFORE;
        }
        if (isBesideAnotherName(sentence, candidate)) {
            score += BESIDE_ANOTHER_NAME;
        }
        score += CandidatePlaces.prominence(candidate);
        if (candidate.length() > 1) {
            score += SEVERAL_WORDS;
        }
        if (candidate.demonym()) {
            score += isInsideProperName(sentence, candidate) ? DEMONYM_INSIDE_NAME : DEMONYM;
        }
        if (persons.isSurname(sentence, candidate) || persons.isGivenNameBeforeSurname(sentence, candidate)) {
            score += PERSON_NAME_CONTEXT;
        }
        if (next != null && ContextWords.DISEASE.contains(next.text())) {
            score += DISEASE_WORD_AFTER;
        }
        if (next != null && ContextWords.STREET.contains(next.text()) && next.isCapitalized()) {
            score += STREET_WORD_AFTER;
        }
        if (next != null && next.isCapitalized() && ContextWords.ORGANISATION.contains(next.text())
                && !settings.includeInsideOrganisations()) {
            score += ORGANISATION_WORD_AFTER;
        }
        if (candidate.length() == 1 && ContextWords.TIME.contains(sentence.token(candidate.fromToken()).text())) {
            score += candidate.namedByFinder() ? TIME_WORD_NAMED_BY_FINDER : TIME_WORD;
        }
        if (TokenShapes.isUnknownAcronym(sentence, candidate)) {
            score += UNKNOWN_ACRONYM;
        }
        if (TokenShapes.isDateline(sentence, candidate)) {
            score += DATELINE;
        }
        if (candidate.length() == 1 && !candidate.demonym()) {
            String word = sentence.token(candidate.fromToken()).text();
            if (ContextWords.PERSON_TITLE.contains(word) || ContextWords.PLACE_DESCRIPTOR.contains(word)
                    || ContextWords.SAINT.contains(word)) {
                score += TITLE_OR_DESCRIPTOR_ALONE;
            } else if (commonWords.contains(word) && (!TokenShapes.isAllCaps(word) || word.length() >= SHORTEST_COMMON_WORD_IN_CAPITALS)) {
                score += candidate.namedByFinder() ? COMMON_WORD_NAMED_BY_FINDER : COMMON_WORD;
            }
            if (persons.isGivenName(word) && !candidate.namedByFinder() && !CandidatePlaces.isCountryOrContinent(candidate)
                    && !(previous != null && ContextWords.LOCATIVE.contains(previous.text()))) {
                // "Mary", "Scott": a bare given name is more often a person than a small town
                score += BARE_GIVEN_NAME;
            }
        } else if (allCommonWords(sentence, candidate, commonWords)) {
            score += ALL_COMMON_WORDS;
        }
        if (TokenShapes.isPartOfHyphenatedName(sentence, candidate)) {
            score += HYPHENATED_NAME;
        }
        return score;
    }

    static boolean isSentenceInitial(AnalyzedSentence sentence, int from) {
        for (int t = from - 1; t >= 0; t--) {
            String text = sentence.token(t).text();
            if (Character.isLetterOrDigit(text.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allProperNouns(AnalyzedSentence sentence, SpanCandidate candidate) {
        for (int t = candidate.fromToken(); t < candidate.toToken(); t++) {
            AnalyzedSentence.Token token = sentence.token(t);
            if (token.isCapitalized() && !token.isProperNoun()) {
                return false;
            }
        }
        return true;
    }

    /** "Alexandria, La." or "Libya, Tunisia and Egypt": names in a row support each other. */
    private static boolean isBesideAnotherName(AnalyzedSentence sentence, SpanCandidate candidate) {
        int after = candidate.toToken();
        if (after + 1 < sentence.size() && ",".equals(sentence.token(after).text())
                && sentence.token(after + 1).isCapitalized()) {
            return true;
        }
        int before = candidate.fromToken() - 1;
        return before >= 1 && ",".equals(sentence.token(before).text()) && sentence.token(before - 1).isCapitalized();
    }

    /** "African Union", "North African Cemetery": a demonym inside a longer name. */
    private static boolean isInsideProperName(AnalyzedSentence sentence, SpanCandidate candidate) {
        int next = candidate.toToken();
        int previous = candidate.fromToken() - 1;
        // "Russian President Putin" keeps its demonym; "African Union" is an organisation
        boolean capitalisedNext = next < sentence.size() && sentence.token(next).isCapitalized()
                && ContextWords.ORGANISATION.contains(sentence.token(next).text());
        boolean capitalisedPrevious = previous >= 0 && sentence.token(previous).isCapitalized()
                && Character.isLetter(sentence.token(previous).text().charAt(0))
                && !isSentenceInitial(sentence, candidate.fromToken() - 1);
        return capitalisedNext || capitalisedPrevious;
    }

    private static boolean allCommonWords(AnalyzedSentence sentence, SpanCandidate candidate, WordList words) {
        for (int t = candidate.fromToken(); t < candidate.toToken(); t++) {
            if (!words.contains(sentence.token(t).text())) {
                return false;
            }
        }
        return true;
    }

}
