package org.newsatlas.corrections;

import java.time.Instant;
import java.util.List;

/**
 * A correction as the history shows it: what changed, when, by whom (logins on), from what to what.
 *
 * @param action place, not_a_place, confirm, add or rule
 */
public record HistoryEntry(long id, Instant madeAt, String madeBy, String action, String scope, String name,
                           Long ruleId, boolean undone, List<Item> changes) {

    public HistoryEntry {
        changes = List.copyOf(changes);
    }

    /** One mention's change; a reading is null where the mention did not exist (before it was added). */
    public record Item(long mentionId, long articleId, ReadingView from, ReadingView to) {
    }

    /** A reading with its place's name and GeoNames id (both null when it is not a place). */
    public record ReadingView(String status, Long placeId, Long geonameid, String place) {
    }
}
