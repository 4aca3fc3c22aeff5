package org.newsatlas.places;

/** A place with how often it is mentioned: one row of the map. */
public record PlaceSummary(
        long id,
        String name,
        String countryCode,
        String featureClass,
        String featureCode,
        double latitude,
        double longitude,
        int mentionCount,
        int articleCount) {

    public String countryName() {
        return PlaceLabels.countryName(countryCode);
    }

    public String featureLabel() {
        return PlaceLabels.featureLabel(featureClass, featureCode);
    }
}
