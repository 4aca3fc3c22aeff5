package org.newsatlas.places;

/** A stored mention with its place's position; offsets are Java char offsets into the article text. */
public record PlacedMention(
        int start,
        int end,
        String name,
        long placeId,
        double lat,
        double lon,
        int sentenceStart,
        int sentenceEnd) {
}
