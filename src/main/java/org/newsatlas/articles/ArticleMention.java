package org.newsatlas.articles;

/** A place name in an article as readers and API clients see it; offsets are Java char offsets. */
public record ArticleMention(
        int start,
        int end,
        String name,
        long placeId,
        double lat,
        double lon,
        int sentenceStart,
        int sentenceEnd) {
}
