package org.newsatlas.gazetteer;

import java.util.List;

/**
 * One row of a GeoNames-format gazetteer: a place with its names, kind, position in the admin
 * hierarchy and size. Coordinates are WGS84 degrees.
 */
public record GazetteerEntry(
        long geonameId,
        String name,
        String asciiName,
        List<String> alternateNames,
        double latitude,
        double longitude,
        String featureClass,
        String featureCode,
        String countryCode,
        String admin1Code,
        String admin2Code,
        long population) {

    public GazetteerEntry {
        // the snapshot's names stay in its pool, already immutable, until someone reads them
        if (!(alternateNames instanceof TextPool.PooledNames)) {
            alternateNames = List.copyOf(alternateNames);
        }
    }

    public boolean isCountry() {
        return FeatureCodes.isCountry(featureClass, featureCode);
    }

    public boolean isFirstOrderDivision() {
        return FeatureCodes.isFirstOrderDivision(featureCode);
    }

    public boolean isPopulatedPlace() {
        return FeatureCodes.isPopulatedPlace(featureClass);
    }
}
