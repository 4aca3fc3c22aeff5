package org.newsatlas.dashboard;

import org.newsatlas.gazetteer.PlaceKind;

/** One stored mention as the dashboard filters and counts it; {@code doubtful} as {@code places.Doubt} says. */
public record IndexedMention(long mentionId, long placeId, String countryCode, PlaceKind kind, double confidence,
                             boolean doubtful) {

    /** A mention whose reading is not in doubt. */
    public IndexedMention(long mentionId, long placeId, String countryCode, PlaceKind kind, double confidence) {
        this(mentionId, placeId, countryCode, kind, confidence, false);
    }
}
