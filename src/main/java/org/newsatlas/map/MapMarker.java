package org.newsatlas.map;

import org.newsatlas.places.PlaceSummary;

/** One marker as the browser gets it; mirrored by the MapMarker interface in place-map.ts. */
public record MapMarker(long id, String name, double lat, double lon, int mentionCount, String countryName,
                        String featureLabel) {

    public static MapMarker of(PlaceSummary place) {
        return new MapMarker(place.id(), place.name(), place.latitude(), place.longitude(), place.mentionCount(),
                place.countryName(), place.featureLabel());
    }
}
