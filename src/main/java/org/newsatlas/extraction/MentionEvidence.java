package org.newsatlas.extraction;

import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * Weighs the evidence that a candidate span is a place name: what the name finder said, part of
 * speech, position, the words around it and how prominent the places of that name are. A few
 * hand-set weights; the threshold is in {@link RecognitionSettings}.
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
        double score = initial && !candidate.demonym() ? 0 : 0.5;
        if (candidate.namedByFinder()) {
            score += 2.0;
        }
        if (proper) {
            score += 0.7;
        } else if (initial && !candidate.namedByFinder() && !candidate.demonym()) {
            score -= 1.5;
        }
        if (previous != null && ContextWords.LOCATIVE.contains(previous.text())) {
            score += 1.0;
        }
        if (isBesideAnotherName(sentence, candidate)) {
            score += 0.5;
        }
        score += CandidatePlaces.prominence(candidate);
        if (candidate.length() > 1) {
            score += 0.3;
        }
        if (candidate.demonym()) {
            score += isInsideProperName(sentence, candidate) ? -1.5 : 0.5;
        }
        if (persons.isSurname(sentence, candidate) || persons.isGivenNameBeforeSurname(sentence, candidate)) {
            score -= 3.0;
        }
        if (next != null && ContextWords.DISEASE.contains(next.text())) {
            score -= 5.0;
        }
        if (next != null && ContextWords.STREET.contains(next.text()) && next.isCapitalized()) {
            score -= 4.0;
        }
        if (next != null && next.isCapitalized() && ContextWords.ORGANISATION.contains(next.text())
                && !settings.includeInsideOrganisations()) {
            score -= 3.0;
        }
        if (candidate.length() == 1 && ContextWords.TIME.contains(sentence.token(candidate.fromToken()).text())) {
            score -= candidate.namedByFinder() ? 2.0 : 3.0;
        }
        if (TokenShapes.isUnknownAcronym(sentence, candidate)) {
            score -= 1.5;
        }
        if (TokenShapes.isDateline(sentence, candidate)) {
            score += 1.5;
        }
        if (candidate.length() == 1 && !candidate.demonym()) {
            String word = sentence.token(candidate.fromToken()).text();
            if (ContextWords.PERSON_TITLE.contains(word) || ContextWords.PLACE_DESCRIPTOR.contains(word)
                    || ContextWords.SAINT.contains(word)) {
                score -= 5.0;
            } else if (commonWords.contains(word) && (!TokenShapes.isAllCaps(word) || word.length() > 2)) {
                score -= candidate.namedByFinder() ? 0.3 : 1.2;
            }
            if (persons.isGivenName(word) && !candidate.namedByFinder() && !CandidatePlaces.isCountryOrContinent(candidate)
                    && !(previous != null && ContextWords.LOCATIVE.contains(previous.text()))) {
                // "Mary", "Scott": a bare given name is more often a person than a small town
                score -= 1.0;
            }
        } else if (allCommonWords(sentence, candidate, commonWords)) {
            score -= 0.5;
        }
        if (TokenShapes.isPartOfHyphenatedName(sentence, candidate)) {
            score -= 3.0;
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
