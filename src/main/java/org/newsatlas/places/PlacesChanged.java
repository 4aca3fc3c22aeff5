package org.newsatlas.places;

import java.util.Set;

/**
 * Published inside the writing transaction when what is stored about existing places changes
 * (not their mentions), so that copies of them (the dashboard's) can be refreshed.
 */
public record PlacesChanged(Set<Long> placeIds) {

    public PlacesChanged {
        placeIds = Set.copyOf(placeIds);
    }
}
