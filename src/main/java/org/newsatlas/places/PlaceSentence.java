package org.newsatlas.places;

import java.util.List;

/**
 * A sentence that mentions a place, with the article it comes from. Highlights are char ranges
 * relative to the sentence text, in order and not overlapping.
 */
public record PlaceSentence(
        long articleId,
        String articleTitle,
        int sentenceStart,
        String text,
        List<Highlight> highlights) {

    public PlaceSentence {
        highlights = List.copyOf(highlights);
    }

    /** [start, end) within the sentence, and the mention it marks (0 where the query did not ask). */
    public record Highlight(int start, int end, long mentionId) {

        public Highlight(int start, int end) {
            this(start, end, 0);
        }
    }
}
