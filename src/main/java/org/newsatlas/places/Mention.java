package org.newsatlas.places;

/**
 * A place name in an article, resolved to a place. Offsets are Java char offsets into the
 * article text, end exclusive; the sentence offsets bound the sentence that holds it.
 */
public record Mention(
        long placeId,
        int start,
        int end,
        String surfaceName,
        int sentenceStart,
        int sentenceEnd,
        double confidence) {
}
