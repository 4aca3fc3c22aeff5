package org.newsatlas.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * "a 1995 Honda Accord", "their red 1991 Honda", "the 2009 Spring Cleanup": a model year between a
 * determiner and a name makes the name a make or a product's, not a place; and the same name
 * elsewhere in the document is the same make ("The Honda's driver"). Not a major place ("a 2004
 * Afghanistan report"), not a name of several words ("the 2009 Walker County Fair"), not a street
 * number ("at 2031 Monument Ave." has no determiner), not a dateline ("March 30, 2009 RICHMOND")
 * and not a place an event is named after ("the 2005 London bombings").
 */
final class ModelYears {

    private static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "their", "his", "her", "its", "our", "my", "your", "this", "that");
    /** Capitalised after a place's name, an event held there: "the 2012 London Olympics". */
    private static final Set<String> EVENTS = Set.of("olympics", "olympic", "games", "cup", "open", "marathon",
            "festival", "fair", "championship", "championships", "summit", "conference", "convention", "expo");
    private static final String NOUN = "NOUN";
    private static final int FIRST_MODEL_YEAR = 1900;
    private static final int LAST_MODEL_YEAR = 2039;

    private ModelYears() {
    }

    /** A model year stands between a determiner (and perhaps one adjective) and the one-word name. */
    static boolean followsModelYear(AnalyzedSentence sentence, SpanCandidate candidate) {
        int year = candidate.fromToken() - 1;
        if (candidate.length() != 1 || candidate.demonym() || year < 1 || !isYear(sentence.token(year).text())
                || TokenShapes.isAllCaps(sentence.token(candidate.fromToken()).text())
                || CandidatePlaces.isMajorPlace(candidate)) {
            return false;
        }
        if (candidate.toToken() < sentence.size() && namesAnEvent(sentence.token(candidate.toToken()))) {
            return false;
        }
        String before = sentence.token(year - 1).text();
        if (isDeterminer(before)) {
            return true;
        }
        // "their red 1991 Honda", "an eastbound 1996 Chevrolet"
        return year >= 2 && isLowerCaseWord(before) && isDeterminer(sentence.token(year - 2).text());
    }

    /**
     * "the 2012 London Olympics", "the 2005 London bombings": an event word or a lower-case noun
     * after the name; a make is followed by its model, a verb or nothing ("a 1995 Honda Accord",
     * "their 1991 Honda broke down").
     */
    private static boolean namesAnEvent(AnalyzedSentence.Token next) {
        return EVENTS.contains(next.text().toLowerCase(Locale.ROOT)) || !next.isCapitalized() && NOUN.equals(next.tag());
    }

    static boolean isYear(String token) {
        if (token.length() != 4 || !token.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int year = Integer.parseInt(token);
        return year >= FIRST_MODEL_YEAR && year <= LAST_MODEL_YEAR;
    }

    private static boolean isDeterminer(String token) {
        return DETERMINERS.contains(token.toLowerCase(Locale.ROOT));
    }

    private static boolean isLowerCaseWord(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isLowerCase);
    }
}
