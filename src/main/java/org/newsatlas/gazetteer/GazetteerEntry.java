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

    /**
     * How a name, normalised by {@link NameNormalizer#normalize}, calls the place: by its own name
     * (its name, its ASCII name, or the part of its name before a comma, "Washington" for
     * "Washington, D.C."), by the first words of its name ("Clarke" for "Clarke County"), or only by
     * one of its alternate names ("Hamas" for Hamm).
     */
    public Naming naming(String normalizedName) {
        String own = NameNormalizer.normalize(name);
        if (normalizedName.equals(own) || normalizedName.equals(NameNormalizer.normalize(asciiName))) {
            return Naming.OWN_NAME;
        }
        int comma = name.indexOf(',');
        if (comma > 0 && normalizedName.equals(NameNormalizer.normalize(name.substring(0, comma)))) {
            return Naming.OWN_NAME;
        }
        return own.startsWith(normalizedName + " ") ? Naming.SHORT_NAME : Naming.ALTERNATE_NAME;
    }

    /** How a name calls a place: see {@link #naming}. */
    public enum Naming {
        OWN_NAME, SHORT_NAME, ALTERNATE_NAME
    }
}
