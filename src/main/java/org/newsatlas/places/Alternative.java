package org.newsatlas.places;

/**
 * One of the geoparser's readings of a mention, as stored at ingestion (best first).
 *
 * @param admin1 the first-order division's name ("Illinois"), or null
 */
public record Alternative(long geonameid, String name, String country, String admin1, String featureClass,
                          String featureCode, double lat, double lon, long population, double score) {
}
