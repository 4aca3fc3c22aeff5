package org.newsatlas.dashboard;

/** A country with the mentions of its places under the current filter; GeoNames' name. */
public record CountryRow(String countryCode, String name, int mentions, int articles) {
}
