package org.newsatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Mends four habits of the UD-trained tokenizer that hide place names: a sentence-final full stop
 * glued to the last word ("Egypt."), a possessive glued to a name ("US’s"), a party initial
 * glued to a legislator's home ("R-Westfield") and two names joined by a hyphen ("Egypt-US").
 * Abbreviations with inner stops ("U.S.", "D.C.") keep their final stop.
 */
final class TokenSplitter {

    private TokenSplitter() {
    }

    static Span[] refine(String sentence, Span[] tokens) {
        List<Span> refined = new ArrayList<>(tokens.length + 2);
        for (int i = 0; i < tokens.length; i++) {
            Span token = tokens[i];
            String text = sentence.substring(token.getStart(), token.getEnd());
            boolean last = i == tokens.length - 1;
            if (last && isWordWithFinalStop(text)) {
                splitHyphens(sentence, new Span(token.getStart(), token.getEnd() - 1), refined);
                refined.add(new Span(token.getEnd() - 1, token.getEnd()));
            } else if (hasPartyInitial(text)) {
                // as the tokenizer itself splits it where it does: "R-" and "Marshall"
                refined.add(new Span(token.getStart(), token.getStart() + 2));
                refined.add(new Span(token.getStart() + 2, token.getEnd()));
            } else if (hasPossessive(text)) {
                refined.add(new Span(token.getStart(), token.getEnd() - 2));
                refined.add(new Span(token.getEnd() - 2, token.getEnd()));
            } else {
                splitHyphens(sentence, token, refined);
            }
        }
        return withAbbreviationStops(sentence, refined).toArray(new Span[0]);
    }

    /**
     * "Rep" + "." + "Nick", "Ky" + "." + "died": inside a sentence, the stop after a short
     * capitalised word is its abbreviation's ("Rep.", "Ky."), as the tokenizer leaves "Gov." and
     * "Tenn." whole; it cuts some of them and not others. Not a stop a quote or a bracket follows,
     * nor the sentence's last one.
     */
    private static List<Span> withAbbreviationStops(String sentence, List<Span> tokens) {
        List<Span> merged = null;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Span word = tokens.get(i);
            Span stop = tokens.get(i + 1);
            if (word.getEnd() == stop.getStart() && stop.length() == 1 && sentence.charAt(stop.getStart()) == '.'
                    && isAbbreviation(sentence.substring(word.getStart(), word.getEnd()))
                    && continuesSentence(sentence.charAt(tokens.get(i + 2).getStart()))) {
                if (merged == null) {
                    merged = new ArrayList<>(tokens);
                }
                merged.set(i, new Span(word.getStart(), stop.getEnd()));
                merged.set(i + 1, null);
            }
        }
        if (merged == null) {
            return tokens;
        }
        merged.removeIf(span -> span == null);
        return merged;
    }

    /** A word, a number or a comma goes on after an abbreviation; a quote or a bracket closes a sentence ("Asia."). */
    private static boolean continuesSentence(char next) {
        return Character.isLetterOrDigit(next) || next == ',' || next == ';';
    }

    private static boolean isAbbreviation(String word) {
        return Character.isUpperCase(word.charAt(0)) && AbbreviationStops.isShortAbbreviation(word);
    }

    /**
     * "Egypt-US", "Egyptian" + "-US", "Arab-" + "Israeli": the tokenizer cuts two capitalised words
     * joined by a hyphen in any of three ways; each becomes word, hyphen, word, as "Fargo-Moorhead"
     * already comes, so that both names are seen. "T-Mobile" and "U-turn" stay whole.
     */
    private static void splitHyphens(String sentence, Span token, List<Span> refined) {
        int start = token.getStart();
        int end = token.getEnd();
        String text = sentence.substring(start, end);
        int hyphen = text.indexOf('-');
        if (hyphen < 0 || text.length() < 2 || text.indexOf('-', hyphen + 1) >= 0) {
            refined.add(token);
        } else if (hyphen == 0 && isCapitalisedWord(text.substring(1))) {
            refined.add(new Span(start, start + 1));
            refined.add(new Span(start + 1, end));
        } else if (hyphen == text.length() - 1 && isCapitalisedWord(text.substring(0, hyphen))
                && end < sentence.length() && Character.isUpperCase(sentence.charAt(end))) {
            refined.add(new Span(start, start + hyphen));
            refined.add(new Span(start + hyphen, end));
        } else if (hyphen > 0 && isCapitalisedWord(text.substring(0, hyphen))
                && isCapitalisedWord(text.substring(hyphen + 1))) {
            refined.add(new Span(start, start + hyphen));
            refined.add(new Span(start + hyphen, start + hyphen + 1));
            refined.add(new Span(start + hyphen + 1, end));
        } else {
            refined.add(token);
        }
    }

    /** Two or more letters (stops and apostrophes inside, as in "U.S."), the first a capital. */
    private static boolean isCapitalisedWord(String text) {
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && c != '.' && c != '\'' && c != '’') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordWithFinalStop(String text) {
        return text.length() > 2
                && text.endsWith(".")
                && text.indexOf('.') == text.length() - 1
                && Character.isLetter(text.charAt(text.length() - 2));
    }

    /** "R-Westfield", "D-N.Y.": Republican, Democrat or Independent, a hyphen, a capitalised name. */
    private static boolean hasPartyInitial(String text) {
        return text.length() > 3 && text.charAt(1) == '-' && Character.isUpperCase(text.charAt(2))
                && TokenShapes.PARTY_INITIALS.contains(text.substring(0, 2));
    }

    private static boolean hasPossessive(String text) {
        if (text.length() < 3) {
            return false;
        }
        char apostrophe = text.charAt(text.length() - 2);
        char s = text.charAt(text.length() - 1);
        return (apostrophe == '\'' || apostrophe == '’') && (s == 's' || s == 'S')
                && Character.isLetter(text.charAt(text.length() - 3));
    }
}
