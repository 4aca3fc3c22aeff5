package org.newsatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Mends three habits of the UD-trained tokenizer that hide place names: a sentence-final full stop
 * glued to the last word ("Egypt."), a possessive glued to a name ("US’s") and a party initial
 * glued to a legislator's home ("R-Westfield"). Abbreviations with inner stops ("U.S.", "D.C.")
 * keep their final stop.
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
                refined.add(new Span(token.getStart(), token.getEnd() - 1));
                refined.add(new Span(token.getEnd() - 1, token.getEnd()));
            } else if (hasPartyInitial(text)) {
                // as the tokenizer itself splits it where it does: "R-" and "Marshall"
                refined.add(new Span(token.getStart(), token.getStart() + 2));
                refined.add(new Span(token.getStart() + 2, token.getEnd()));
            } else if (hasPossessive(text)) {
                refined.add(new Span(token.getStart(), token.getEnd() - 2));
                refined.add(new Span(token.getEnd() - 2, token.getEnd()));
            } else {
                refined.add(token);
            }
        }
        return refined.toArray(new Span[0]);
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
