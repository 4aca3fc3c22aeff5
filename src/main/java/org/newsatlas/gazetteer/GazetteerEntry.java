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
        alternateNames = List.copyOf(alternateNames);
    }

    public boolean isCountry() {
        return "A".equals(featureClass) && featureCode != null && featureCode.startsWith("PCL");
    }

    public boolean isFirstOrderDivision() {
        return "ADM1".equals(featureCode);
    }

    public boolean isPopulatedPlace() {
        return "P".equals(featureClass);
    }
}
