package org.newsatlas.places;

import org.newsatlas.gazetteer.FeatureCodes;

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

    /** "capital city in Libya", or just "country" where naming the country again says nothing. */
    public String description() {
        String country = countryName();
        boolean isTheCountry = (featureCode != null && featureCode.startsWith(FeatureCodes.COUNTRY_PREFIX)) || country.equals(name);
        return country.isBlank() || isTheCountry ? featureLabel() : featureLabel() + " in " + country;
    }
}
