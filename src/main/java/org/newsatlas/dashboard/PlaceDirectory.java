package org.newsatlas.dashboard;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsatlas.places.PlaceRecords;
import org.newsatlas.places.PlacesChanged;
import org.newsatlas.places.StoredPlace;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every stored place in memory (a few hundred bytes each), so that counts from the index become
 * named places on the map without a database round trip. New places are read when the index meets
 * them; a place whose stored details change (its first-order division filled in) is read again
 * when that change commits.
 */
@Component
class PlaceDirectory {

    private final PlaceRecords records;
    private final Map<Long, StoredPlace> places = new ConcurrentHashMap<>();
    private volatile long maxId;

    PlaceDirectory(PlaceRecords records) {
        this.records = records;
    }

    Optional<StoredPlace> get(long id) {
        StoredPlace place = places.get(id);
        if (place == null && id > maxId) {
            refresh();
            place = places.get(id);
        }
        return Optional.ofNullable(place);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void placesChanged(PlacesChanged changed) {
        reload(changed.placeIds());
    }

    /** Reads these places again; one not read yet waits for {@link #refresh}, which keeps ids in order. */
    synchronized void reload(Collection<Long> ids) {
        for (StoredPlace place : records.places(ids)) {
            if (place.id() <= maxId) {
                places.put(place.id(), place);
            }
        }
    }

    /** Reads the places stored since the last call. */
    synchronized void refresh() {
        for (StoredPlace place : records.placesAfter(maxId)) {
            places.put(place.id(), place);
            maxId = Math.max(maxId, place.id());
        }
    }
}
