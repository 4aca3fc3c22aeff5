package org.newsatlas.places;

/** A place with how often it is mentioned: one row of the map. */
public record PlaceSummary(
        long id,
        String name,
        String countryCode,
        String featureClass,
        String featureCode,
        String admin1Name,
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

    /** "city in Illinois, United States", or just "country" where naming the country again says nothing. */
    public String description() {
        return PlaceLabels.description(name, countryCode, featureClass, featureCode, admin1Name);
    }
}
