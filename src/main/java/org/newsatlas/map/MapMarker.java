package org.newsatlas.map;

/** One marker as the browser gets it; mirrored by the MapMarker interface in place-map.ts. */
public record MapMarker(long id, String name, double lat, double lon, int mentionCount, String countryName,
                        String featureLabel) {
}
