package org.newsatlas.dashboard;

import org.newsatlas.places.StoredPlace;

/** A place with its counts under the current filter: one marker, one row of the places table. */
public record MapPlace(StoredPlace place, int mentions, int articles) {
}
