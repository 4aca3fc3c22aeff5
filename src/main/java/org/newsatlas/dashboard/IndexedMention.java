package org.newsatlas.dashboard;

import org.newsatlas.gazetteer.PlaceKind;

/** One stored mention as the dashboard filters and counts it. */
public record IndexedMention(long mentionId, long placeId, String countryCode, PlaceKind kind, double confidence) {
}
