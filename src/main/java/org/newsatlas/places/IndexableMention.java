package org.newsatlas.places;

/** A stored mention with what the dashboard filters it by: its place's country and kind. */
public record IndexableMention(long articleId, long mentionId, long placeId, String countryCode,
                               String featureClass, String featureCode, double confidence) {
}
