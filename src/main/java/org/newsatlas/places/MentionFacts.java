package org.newsatlas.places;

/**
 * A stored mention as corrections see it. Offsets are Java char offsets into the article text.
 *
 * @param placeId null when the mention is not a place
 * @param geonameId the GeoNames id of its place, null when it is not a place
 */
public record MentionFacts(long id, long articleId, Long placeId, Long geonameId, String surfaceName, int start,
                           int end, int sentenceStart, int sentenceEnd, double confidence, MentionStatus status) {

    public boolean isPlace() {
        return placeId != null;
    }
}
