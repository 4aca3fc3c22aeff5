package org.newsatlas.gazetteer;

import java.util.Locale;
import java.util.Optional;

/**
 * The five kinds of place a person filters by. Every GeoNames feature falls into one: lower
 * administrative levels count with the second-order divisions, and whatever is neither
 * administrative nor populated (continents, regions, seas, mountains, spots) is a region or
 * physical feature.
 */
public enum PlaceKind {
    COUNTRY, ADMIN1, ADMIN2, CITY, REGION;

    public static PlaceKind of(String featureClass, String featureCode) {
        if (FeatureCodes.isCountry(featureClass, featureCode)) {
            return COUNTRY;
        }
        if (FeatureCodes.isFirstOrderDivision(featureCode)) {
            return ADMIN1;
        }
        if (FeatureCodes.ADMINISTRATIVE.equals(featureClass)) {
            return ADMIN2;
        }
        if (FeatureCodes.isPopulatedPlace(featureClass)) {
            return CITY;
        }
        return REGION;
    }

    /** The name used in URLs and the REST API: {@code country}, {@code admin1}... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PlaceKind> fromKey(String key) {
        for (PlaceKind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
