package org.newsatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * The stop of an abbreviation that OpenNLP's sentence model took for a sentence end. The model cuts
 * "He went to St. | Louis on Friday", "Gov. | Smith", "Mt. | Pleasant", "Ashley L. | Evans" and
 * "Mt. Vernon, Ky. | died", which hides the place ("St. Louis"), the title that makes a person
 * ("Gov. Smith") and the state that qualifies a town. Two sentences are one again where the first
 * ends in
 * <ul>
 * <li>an abbreviation that opens a name (a title, "St.", "Mt.", "Ft.") and the second opens with a
 *     capital; "St." and "Ste." only where no capitalised word stands before them ("Main St. The
 *     house" is a street that ends a sentence);</li>
 * <li>an initial after a given name, a name or a number, and the second opens with a name
 *     ("Ashley L. | Evans", "950 W. | Dresser") or the rest of an abbreviation ("W. | Va.");</li>
 * <li>any short abbreviation ("Ky.", "Calif.") and the second opens with a lower-case word or a
 *     comma: no sentence does; or a month or "No." and the second opens with a number;</li>
 * <li>a comma, and the second opens with a lower-case word ("Mt. Juliet, Tenn., | officials said").</li>
 * </ul>
 * "Hepatitis A. It spread" and "He lives in Paris, Ky. The town..." stay two sentences.
 */
final class AbbreviationStops {

    /** Abbreviations that stand before a name, never at the end of a sentence (lower case, no stop). */
    static final Set<String> BEFORE_A_NAME = Set.of(
            "mr", "mrs", "ms", "dr", "gov", "sen", "sens", "rep", "reps", "lt", "col", "gen", "sgt", "capt",
            "cpl", "pvt", "det", "maj", "adm", "cmdr", "rev", "prof", "supt", "atty", "hon", "mt", "ft", "st", "ste");

    /** Abbreviations a number follows: "Jan. 5", "No. 1". */
    static final Set<String> BEFORE_A_NUMBER = Set.of(
            "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos");

    /** Longest abbreviation, in letters, that may run on into a lower-case word ("Calif."). */
    static final int LONGEST_ABBREVIATION = 5;

    private final WordList givenNames;
    private final WordList commonWords;

    AbbreviationStops(WordList givenNames, WordList commonWords) {
        this.givenNames = givenNames;
        this.commonWords = commonWords;
    }

    /** The sentence spans of a paragraph, those cut at an abbreviation's stop joined again. */
    Span[] rejoined(String paragraph, Span[] sentences) {
        if (sentences.length < 2) {
            return sentences;
        }
        List<Span> joined = new ArrayList<>(sentences.length);
        Span current = sentences[0];
        for (int i = 1; i < sentences.length; i++) {
            Span next = sentences[i];
            if (runsOn(paragraph, current, next)) {
                current = new Span(current.getStart(), next.getEnd());
            } else {
                joined.add(current);
                current = next;
            }
        }
        joined.add(current);
        return joined.size() == sentences.length ? sentences : joined.toArray(new Span[0]);
    }

    private boolean runsOn(String paragraph, Span sentence, Span next) {
        int end = sentence.getEnd();
        if (end - sentence.getStart() < 2 || next.length() < 1) {
            return false;
        }
        if (",;".indexOf(paragraph.charAt(end - 1)) >= 0) {
            // "Mt. Juliet, Tenn., | officials said": no sentence ends in a comma
            return Character.isLowerCase(paragraph.charAt(next.getStart()));
        }
        if (paragraph.charAt(end - 1) != '.') {
            return false;
        }
        int wordStart = end - 1;
        while (wordStart > sentence.getStart() && isWordChar(paragraph.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = paragraph.substring(wordStart, end - 1);
        if (word.isEmpty()) {
            return false;
        }
        String key = ContextWords.key(word);
        char first = paragraph.charAt(next.getStart());
        if (Character.isUpperCase(first)) {
            return opensAName(paragraph, sentence, wordStart, key)
                    || isInitialOfAName(paragraph, sentence, wordStart, word, next);
        }
        if (Character.isDigit(first)) {
            return BEFORE_A_NUMBER.contains(key);
        }
        boolean continues = Character.isLowerCase(first) || ",;:)".indexOf(first) >= 0;
        return continues && isShortAbbreviation(key);
    }

    /** At most {@link #LONGEST_ABBREVIATION} letters and nothing else: "Ky", "Calif", "pm". */
    static boolean isShortAbbreviation(String letters) {
        return letters.length() <= LONGEST_ABBREVIATION && letters.chars().allMatch(Character::isLetter);
    }

    private static boolean opensAName(String paragraph, Span sentence, int wordStart, String key) {
        if (!BEFORE_A_NAME.contains(key)) {
            return false;
        }
        if (!key.equals("st") && !key.equals("ste")) {
            return true;
        }
        // "Main St." is a street; "to St." or a sentence that opens with it is a saint's town
        String before = wordBefore(paragraph, sentence, wordStart);
        return before.isEmpty() || !Character.isUpperCase(before.charAt(0));
    }

    /**
     * "Ashley L. | Evans", "Kodie L. | Tyler", "950 W. | Dresser", "Greenwood, W. | Va.": an initial
     * after a given name, a name or a number, before a name that is no common word ("Hepatitis A. |
     * It", "Hepatitis A. | Doctor" stay cut), or before the second half of an abbreviation ("Va.").
     */
    private boolean isInitialOfAName(String paragraph, Span sentence, int wordStart, String word, Span next) {
        if (word.length() != 1 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String following = firstWord(paragraph, next);
        if (following.length() <= 2 && paragraph.startsWith(following + ".", next.getStart())) {
            return true;
        }
        String before = wordBefore(paragraph, sentence, wordStart);
        if (before.isEmpty()) {
            return false;
        }
        if (givenNames.contains(before) && Character.isUpperCase(before.charAt(0))) {
            return true;
        }
        boolean nameOrNumber = Character.isDigit(before.charAt(0))
                || Character.isUpperCase(before.charAt(0)) && !commonWords.contains(before);
        return nameOrNumber && !following.isEmpty() && !commonWords.contains(following);
    }

    /** The run of letters a sentence opens with. */
    private static String firstWord(String paragraph, Span sentence) {
        int end = sentence.getStart();
        while (end < sentence.getEnd() && Character.isLetter(paragraph.charAt(end))) {
            end++;
        }
        return paragraph.substring(sentence.getStart(), end);
    }

    /** The run of letters or digits right before {@code wordStart} and one space, or "" if something else stands there. */
    private static String wordBefore(String paragraph, Span sentence, int wordStart) {
        int end = wordStart - 1;
        if (end <= sentence.getStart() || paragraph.charAt(end) != ' ') {
            return "";
        }
        int start = end;
        while (start > sentence.getStart() && Character.isLetterOrDigit(paragraph.charAt(start - 1))) {
            start--;
        }
        return paragraph.substring(start, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '.';
    }
}
