package org.newsatlas.places;

/** A stored mention with its offsets: one line of an export. Offsets are char offsets, end exclusive. */
public record MentionRow(long mentionId, long articleId, long placeId, int startOffset, int endOffset,
                         String surfaceName, int sentenceStart, int sentenceEnd, double confidence) {
}
