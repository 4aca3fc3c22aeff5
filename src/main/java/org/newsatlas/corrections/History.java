package org.newsatlas.corrections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsatlas.places.PlaceRecords;
import org.newsatlas.places.StoredPlace;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The correction history, newest first, with the places' names. */
@Service
@Transactional(readOnly = true)
public class History {

    private final CorrectionRepository corrections;
    private final PlaceRecords places;

    History(CorrectionRepository corrections, PlaceRecords places) {
        this.corrections = corrections;
        this.places = places;
    }

    public List<HistoryEntry> latest(int limit) {
        List<CorrectionEntry> entries = corrections.latest(limit);
        Map<Long, List<Change>> changes = corrections.changes(entries.stream().map(CorrectionEntry::id).toList());
        Set<Long> placeIds = new HashSet<>();
        changes.values().forEach(list -> list.forEach(change -> {
            if (change.before() != null && change.before().placeId() != null) {
                placeIds.add(change.before().placeId());
            }
            if (change.after().placeId() != null) {
                placeIds.add(change.after().placeId());
            }
        }));
        Map<Long, StoredPlace> byId = new HashMap<>();
        places.places(placeIds).forEach(place -> byId.put(place.id(), place));
        List<HistoryEntry> history = new ArrayList<>(entries.size());
        for (CorrectionEntry entry : entries) {
            List<HistoryEntry.Item> items = changes.getOrDefault(entry.id(), List.of()).stream()
                    .map(c -> new HistoryEntry.Item(c.mentionId(), c.articleId(), view(c.before(), byId),
                            view(c.after(), byId)))
                    .toList();
            history.add(new HistoryEntry(entry.id(), entry.madeAt(), entry.madeBy(), entry.action(), entry.scope(),
                    entry.name(), entry.ruleId(), entry.undoneAt() != null, items));
        }
        return history;
    }

    private static HistoryEntry.ReadingView view(Reading reading, Map<Long, StoredPlace> places) {
        if (reading == null) {
            return null;
        }
        StoredPlace place = reading.placeId() == null ? null : places.get(reading.placeId());
        return new HistoryEntry.ReadingView(reading.status().code(), reading.placeId(),
                place == null ? null : place.geonameId(), place == null ? null : place.description());
    }
}
