package org.newsatlas.places;

/**
 * A stored mention with what the dashboard filters it by (its place's country and kind) and
 * whether its reading is in doubt ({@link Doubt#doubtful}).
 */
public record IndexableMention(long articleId, long mentionId, long placeId, String countryCode,
                               String featureClass, String featureCode, double confidence, boolean doubtful) {
}
