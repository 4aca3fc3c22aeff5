package org.newsatlas.gazetteer;

/**
 * The GeoNames feature classes and codes the code base decides on, in one place. Codes are
 * GeoNames' own (https://www.geonames.org/export/codes.html).
 */
public final class FeatureCodes {

    /** Administrative boundaries: countries, states, counties. */
    public static final String ADMINISTRATIVE = "A";
    /** Streams, lakes, seas. */
    public static final String HYDROGRAPHIC = "H";
    /** Areas: continents, regions, parks. */
    public static final String AREA = "L";
    /** Cities, towns, villages. */
    public static final String POPULATED = "P";
    /** Spots and buildings. */
    public static final String SPOT = "S";
    /** Mountains, hills, islands. */
    public static final String TERRAIN = "T";
    /** Roads and railroads. */
    public static final String ROAD = "R";
    /** Undersea features. */
    public static final String UNDERSEA = "U";
    /** Forests and heaths. */
    public static final String VEGETATION = "V";

    /** Prefix of every kind of country (PCL, PCLI, PCLD...). */
    public static final String COUNTRY_PREFIX = "PCL";
    public static final String INDEPENDENT_COUNTRY = "PCLI";
    public static final String FIRST_ORDER_DIVISION = "ADM1";
    public static final String SECOND_ORDER_DIVISION = "ADM2";
    /** Prefix of every kind of populated place (PPL, PPLC, PPLA...). */
    public static final String POPULATED_PREFIX = "PPL";
    public static final String CAPITAL = "PPLC";
    public static final String CONTINENT = "CONT";
    public static final String REGION = "RGN";

    private FeatureCodes() {
    }

    public static boolean isCountry(String featureClass, String featureCode) {
        return ADMINISTRATIVE.equals(featureClass) && featureCode != null && featureCode.startsWith(COUNTRY_PREFIX);
    }

    public static boolean isFirstOrderDivision(String featureCode) {
        return FIRST_ORDER_DIVISION.equals(featureCode);
    }

    public static boolean isSecondOrderDivision(String featureCode) {
        return SECOND_ORDER_DIVISION.equals(featureCode);
    }

    public static boolean isPopulatedPlace(String featureClass) {
        return POPULATED.equals(featureClass);
    }

    public static boolean isContinent(String featureCode) {
        return CONTINENT.equals(featureCode);
    }

    public static boolean isRegion(String featureCode) {
        return REGION.equals(featureCode);
    }
}
