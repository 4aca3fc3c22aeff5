package org.newsatlas.places;

import org.newsatlas.gazetteer.PlaceKind;

/** A place as stored: the gazetteer entry a mention was resolved to, under our own id. */
public record StoredPlace(long id, long geonameId, String name, String countryCode, String featureClass,
                          String featureCode, String admin1Name, double latitude, double longitude, long population) {

    public PlaceKind kind() {
        return PlaceKind.of(featureClass, featureCode);
    }

    public String countryName() {
        return PlaceLabels.countryName(countryCode);
    }

    public String featureLabel() {
        return PlaceLabels.featureLabel(featureClass, featureCode);
    }
}
