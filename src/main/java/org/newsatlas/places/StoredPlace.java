package org.newsatlas.places;

import org.newsatlas.gazetteer.PlaceKind;

/**
 * A place as stored: the gazetteer entry a mention was resolved to, under our own id.
 *
 * @param admin1Name the first-order division it lies in ("Illinois"), or null when there is none or it is unknown
 */
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

    /** "city in Illinois, United States", or just "country" where naming the country again says nothing. */
    public String description() {
        return PlaceLabels.description(name, countryCode, featureClass, featureCode, admin1Name);
    }
}
