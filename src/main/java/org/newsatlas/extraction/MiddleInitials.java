package org.newsatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * "Ashley L. Evans, 26, of Paris": the sentence detector takes the stop of a middle initial for a
 * sentence end and cuts the name in two, so that the surname opens a sentence and no rule sees the
 * given name before it. Two sentences are one again where the first ends in a known given name and
 * an initial ("Ashley L.") and the second opens with a capitalised word. "Hepatitis A. It" stays
 * cut: Hepatitis is no given name.
 */
final class MiddleInitials {

    private MiddleInitials() {
    }

    /** The sentence spans of a paragraph, those cut after a given name and a middle initial joined again. */
    static Span[] rejoined(String paragraph, Span[] sentences, WordList givenNames) {
        if (sentences.length < 2) {
            return sentences;
        }
        List<Span> joined = new ArrayList<>(sentences.length);
        Span current = sentences[0];
        for (int i = 1; i < sentences.length; i++) {
            Span next = sentences[i];
            if (endsInGivenNameAndInitial(paragraph, current, givenNames) && opensCapitalised(paragraph, next)) {
                current = new Span(current.getStart(), next.getEnd());
            } else {
                joined.add(current);
                current = next;
            }
        }
        joined.add(current);
        return joined.size() == sentences.length ? sentences : joined.toArray(new Span[0]);
    }

    private static boolean endsInGivenNameAndInitial(String paragraph, Span sentence, WordList givenNames) {
        int end = sentence.getEnd();
        // "... Ashley L." : a space, a capital, a stop at the very end
        if (end - sentence.getStart() < 4 || paragraph.charAt(end - 1) != '.'
                || !Character.isUpperCase(paragraph.charAt(end - 2)) || paragraph.charAt(end - 3) != ' ') {
            return false;
        }
        int nameEnd = end - 3;
        int nameStart = nameEnd;
        while (nameStart > sentence.getStart() && Character.isLetter(paragraph.charAt(nameStart - 1))) {
            nameStart--;
        }
        if (nameStart == nameEnd || !Character.isUpperCase(paragraph.charAt(nameStart))) {
            return false;
        }
        return givenNames.contains(paragraph.substring(nameStart, nameEnd));
    }

    private static boolean opensCapitalised(String paragraph, Span sentence) {
        int start = sentence.getStart();
        return sentence.length() >= 2 && Character.isUpperCase(paragraph.charAt(start))
                && Character.isLowerCase(paragraph.charAt(start + 1));
    }
}
