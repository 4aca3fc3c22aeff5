package org.newsatlas.dashboard;

import org.newsatlas.places.Doubt;
import org.newsatlas.places.StoredPlace;

/**
 * A place with its counts under the current filter: one marker, one row of the places table.
 *
 * @param doubtful how many of its mentions are in doubt (see {@code places.Doubt})
 */
public record MapPlace(StoredPlace place, int mentions, int articles, int doubtful) {

    public MapPlace(StoredPlace place, int mentions, int articles) {
        this(place, mentions, articles, 0);
    }

    /** All or most of its mentions under the filter are in doubt: the map marks it. */
    public boolean uncertain() {
        return Doubt.mostlyDoubtful(doubtful, mentions);
    }
}
