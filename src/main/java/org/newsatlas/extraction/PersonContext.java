package org.newsatlas.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells a person's name from a place name by the words around it: a title or a given name before
 * it ("President Saied", "Mark Esper"), or a surname after it ("Jordan Henderson").
 */
final class PersonContext {

    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’");

    private final WordList commonWords;
    private final WordList givenNames;

    PersonContext(WordList commonWords, WordList givenNames) {
        this.commonWords = commonWords;
        this.givenNames = givenNames;
    }

    /**
     * A title or a given name right before the candidate. Strong enough that the same bare name
     * elsewhere in the document is taken for the same person ({@link #surnames}).
     */
    boolean isSurname(AnalyzedSentence sentence, SpanCandidate candidate) {
        int from = candidate.fromToken();
        if (candidate.demonym() || from == 0) {
            return false;
        }
        int before = beforeNickname(sentence, from);
        if (before < 0) {
            return false;
        }
        AnalyzedSentence.Token previous = sentence.token(before);
        return ContextWords.PERSON_TITLE.contains(previous.text()) && previous.isCapitalized()
                || isGivenNameAt(sentence, before) || isMiddleInitialAt(sentence, before);
    }

    /**
     * "the Obama administration", "the Strickland presidency": a name before the lower-case office
     * its bearer holds is a person's. Not a major place or a people ("the Czech presidency" of a
     * union, "the Kenya administration").
     */
    static boolean leadsAnOffice(AnalyzedSentence sentence, SpanCandidate candidate) {
        if (candidate.demonym() || candidate.toToken() >= sentence.size() || CandidatePlaces.isMajorPlace(candidate)) {
            return false;
        }
        AnalyzedSentence.Token next = sentence.token(candidate.toToken());
        return !next.isCapitalized() && ContextWords.LEADER_OFFICE.contains(next.text());
    }

    /**
     * "Keith D. Johnson", "George V. Voinovich": a capital and a dot between a name and the
     * candidate is a middle initial, so the candidate is a surname. An initial alone ("J. Esper")
     * is not enough: "W. Va." and "N. Main" also stand so.
     */
    private boolean isMiddleInitialAt(AnalyzedSentence sentence, int index) {
        String initial = sentence.token(index).text();
        if (index == 0 || initial.length() != 2 || initial.charAt(1) != '.'
                || !Character.isUpperCase(initial.charAt(0))) {
            return false;
        }
        String name = sentence.token(index - 1).text();
        if (name.length() < TokenLengths.SHORTEST_NAME || TokenShapes.isAllCaps(name)
                || !Character.isUpperCase(name.charAt(0)) || !name.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return givenNames.contains(name) || !commonWords.contains(name) && !ContextWords.LOCATIVE.contains(name)
                && !ContextWords.PLACE_DESCRIPTOR.contains(name) && !ContextWords.ORGANISATION.contains(name);
    }

    /**
     * The token before the name, looking past a quoted nickname ("Beauregard “Bud” Torres" looks at
     * Beauregard); -1 when only the nickname stands before it.
     */
    private static int beforeNickname(AnalyzedSentence sentence, int from) {
        int close = from - 1;
        if (close >= 3 && QUOTES.contains(sentence.token(close).text())
                && sentence.token(close - 1).isCapitalized()
                && QUOTES.contains(sentence.token(close - 2).text())) {
            return close - 3;
        }
        return from - 1;
    }

    /** A single-word name followed by what looks like a surname: "Jordan Henderson". */
    boolean isGivenNameBeforeSurname(AnalyzedSentence sentence, SpanCandidate candidate) {
        if (candidate.demonym() || candidate.toToken() >= sentence.size() || candidate.length() != 1) {
            return false;
        }
        // "Virginia Smith" is a person although Virginia is a state; "Georgia" before a name stays a country
        boolean shielded = givenNames.contains(sentence.token(candidate.fromToken()).text())
                ? CandidatePlaces.isCountryOrContinent(candidate) : CandidatePlaces.isMajorPlace(candidate);
        if (shielded) {
            return false;
        }
        if (afterDefiniteArticle(sentence, candidate.fromToken())) {
            return false;
        }
        AnalyzedSentence.Token next = sentence.token(candidate.toToken());
        // "Mansfield Mayor": a title is no surname; nor is a kind of place ("Oakport Township", "Ludlow Town Hall")
        return next.isCapitalized() && next.isProperNoun() && !TokenShapes.isAllCaps(next.text())
                && !ContextWords.PERSON_TITLE.contains(next.text())
                && !ContextWords.ORGANISATION.contains(next.text())
                && !ContextWords.STREET.contains(next.text())
                && !ContextWords.PLACE_DESCRIPTOR.contains(next.text())
                && !ContextWords.PLACE_KIND.contains(next.text());
    }

    /**
     * "the Mansfield Public Library", "the Kanawha Valley": a person's name takes no article, so
     * the capitalised word after a name that follows "the" is no surname but part of a longer name.
     */
    private static boolean afterDefiniteArticle(AnalyzedSentence sentence, int from) {
        return from > 0 && "the".equalsIgnoreCase(sentence.token(from - 1).text());
    }

    /** As {@link #isGivenNameBeforeSurname}, for a name on the list of given names ("Carolina Tohá"). */
    boolean isKnownGivenNameBeforeSurname(AnalyzedSentence sentence, SpanCandidate candidate) {
        return !candidate.demonym() && givenNames.contains(sentence.token(candidate.fromToken()).text())
                && isGivenNameBeforeSurname(sentence, candidate);
    }

    /**
     * The keys of the names that stand as a surname somewhere in the document ("Mark Esper"), that
     * speak there and are no city ("Robertson said") or that lead an office ("the Obama
     * administration"): the same bare name elsewhere ("Later Esper met...", "Robertson bought out
     * her siblings", "Obama took office") is then the same person.
     *
     * @param sentences  the document's sentences, tagged where they hold a candidate
     * @param candidates the candidates of all sentences
     */
    Set<String> surnames(List<AnalyzedSentence> sentences, List<SpanCandidate> candidates) {
        Set<String> names = new HashSet<>();
        for (SpanCandidate candidate : candidates) {
            AnalyzedSentence sentence = sentences.get(candidate.sentenceIndex());
            if (isSurname(sentence, candidate) || isSpeakerNoCity(sentence, candidate)
                    || leadsAnOffice(sentence, candidate)) {
                names.add(candidate.key());
            }
        }
        return names;
    }

    /**
     * "Robertson said": a name that speaks ({@link NeighbourEvidence#speaker}), unless a city bears
     * it, which may speak for its council ("Gainesville said").
     */
    private static boolean isSpeakerNoCity(AnalyzedSentence sentence, SpanCandidate candidate) {
        return NeighbourEvidence.speaker(new SpanInSentence(sentence, candidate)) != 0
                && !CandidatePlaces.namesACity(candidate);
    }

    /**
     * A known given name, or a capitalised proper noun that is no common word ("Village Malakal"
     * and "Rodeo Gainesville" are not persons; "Mark Esper" is).
     */
    private boolean isGivenNameAt(AnalyzedSentence sentence, int index) {
        AnalyzedSentence.Token token = sentence.token(index);
        String text = token.text();
        if (!token.isCapitalized() || TokenShapes.isAllCaps(text)
                || ContextWords.PLACE_DESCRIPTOR.contains(text) || ContextWords.ORGANISATION.contains(text)
                || ContextWords.LOCATIVE.contains(text) || text.length() < TokenLengths.SHORTEST_NAME
                || !Character.isLetter(text.charAt(text.length() - 1))) {
            return false;
        }
        if (givenNames.contains(text)) {
            return true;
        }
        return token.isProperNoun() && !commonWords.contains(text);
    }
}
