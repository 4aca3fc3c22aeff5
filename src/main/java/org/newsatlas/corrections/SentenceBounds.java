package org.newsatlas.corrections;

/**
 * The sentence around a span a person marked: from after the last sentence end (. ! ? or a line
 * break) before it to the next one after it. The geoparser's own sentences are not stored, and a
 * snippet needs only a sensible stretch of text around the name.
 */
final class SentenceBounds {

    private SentenceBounds() {
    }

    /** [start, end) of the sentence holding text[from, to). */
    static int[] around(String text, int from, int to) {
        int start = from;
        while (start > 0 && !endsSentence(text, start - 1)) {
            start--;
        }
        while (start < from && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = to;
        while (end < text.length() && !endsSentence(text, end)) {
            end++;
        }
        if (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        return new int[] {start, end};
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || ((c == '.' || c == '!' || c == '?')
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
    }
}
