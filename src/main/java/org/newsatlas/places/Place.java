package org.newsatlas.places;

/** A place as we store it: our own id plus what the gazetteer said about it. */
public record Place(
        long id,
        long geonameId,
        String name,
        String countryCode,
        String featureClass,
        String featureCode,
        double latitude,
        double longitude,
        long population) {
}
