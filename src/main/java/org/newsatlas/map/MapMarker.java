package org.newsatlas.map;

/**
 * One marker as the browser gets it; mirrored by the Place interface in map/state.ts.
 *
 * @param uncertain all or most of the place's mentions are in doubt: drawn with a dashed ring and a "?"
 */
public record MapMarker(long id, String name, double lat, double lon, int mentionCount, String countryName,
                        String featureLabel, boolean uncertain) {

    public MapMarker(long id, String name, double lat, double lon, int mentionCount, String countryName,
                     String featureLabel) {
        this(id, name, lat, lon, mentionCount, countryName, featureLabel, false);
    }
}
