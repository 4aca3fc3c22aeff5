package org.newsatlas.places;

import java.util.Map;
import org.newsatlas.gazetteer.CountryNames;
import org.newsatlas.gazetteer.FeatureCodes;

/**
 * Words for GeoNames codes, for people rather than gazetteers. The tables spell out GeoNames'
 * vocabulary; where the code base also decides on a code, the key is its name in
 * {@link FeatureCodes}.
 */
public final class PlaceLabels {

    private static final Map<String, String> FEATURE_CODES = Map.ofEntries(
            Map.entry("PCL", "country"),
            Map.entry(FeatureCodes.INDEPENDENT_COUNTRY, "country"),
            Map.entry("PCLD", "dependent territory"),
            Map.entry("PCLF", "freely associated state"),
            Map.entry("PCLIX", "section of a country"),
            Map.entry("PCLS", "semi-independent territory"),
            Map.entry("TERR", "territory"),
            Map.entry(FeatureCodes.FIRST_ORDER_DIVISION, "first-order administrative division"),
            Map.entry(FeatureCodes.SECOND_ORDER_DIVISION, "second-order administrative division"),
            Map.entry("ADM3", "third-order administrative division"),
            Map.entry("ADM4", "fourth-order administrative division"),
            Map.entry("ADMD", "administrative division"),
            Map.entry(FeatureCodes.CAPITAL, "capital city"),
            Map.entry("PPLA", "regional capital"),
            Map.entry("PPLA2", "district capital"),
            Map.entry("PPL", "city"),
            Map.entry("PPLX", "part of a city"),
            Map.entry("PPLH", "historical city"),
            Map.entry("PPLQ", "abandoned city"),
            Map.entry(FeatureCodes.CONTINENT, "continent"),
            Map.entry(FeatureCodes.REGION, "region"),
            Map.entry("ISL", "island"),
            Map.entry("ANS", "ancient site"),
            Map.entry("MT", "mountain"),
            Map.entry("STM", "stream"),
            Map.entry("LK", "lake"),
            Map.entry("SEA", "sea"),
            Map.entry("OCN", "ocean"),
            Map.entry("GULF", "gulf"),
            Map.entry("BAY", "bay"));

    private static final Map<String, String> FEATURE_CLASSES = Map.of(
            FeatureCodes.ADMINISTRATIVE, "administrative division",
            FeatureCodes.HYDROGRAPHIC, "body of water",
            FeatureCodes.AREA, "area",
            FeatureCodes.POPULATED, "populated place",
            FeatureCodes.ROAD, "road or railroad",
            FeatureCodes.SPOT, "building or spot",
            FeatureCodes.TERRAIN, "mountain, hill or rock",
            FeatureCodes.UNDERSEA, "undersea feature",
            FeatureCodes.VEGETATION, "forest or heath");

    private PlaceLabels() {
    }

    /** "country", "city", "first-order administrative division"...; never null. */
    public static String featureLabel(String featureClass, String featureCode) {
        if (featureCode != null && FEATURE_CODES.containsKey(featureCode)) {
            return FEATURE_CODES.get(featureCode);
        }
        if (featureCode != null && featureCode.startsWith(FeatureCodes.POPULATED_PREFIX)) {
            return "city";
        }
        if (featureClass != null && FEATURE_CLASSES.containsKey(featureClass)) {
            return FEATURE_CLASSES.get(featureClass);
        }
        return "place";
    }

    /**
     * What and where a place is, in words: "city in Illinois, United States", "first-order
     * administrative division in Libya", or just "country" where naming the country again says
     * nothing. The first-order division is left out when unknown, and where it has the place's
     * own name (Tripoli in the district of Tripoli).
     */
    public static String description(String name, String countryCode, String featureClass, String featureCode,
                                     String admin1Name) {
        String label = featureLabel(featureClass, featureCode);
        String country = countryName(countryCode);
        boolean isTheCountry = featureCode != null && featureCode.startsWith(FeatureCodes.COUNTRY_PREFIX)
                || country.equals(name);
        if (country.isBlank() || isTheCountry) {
            return label;
        }
        boolean inDivision = admin1Name != null && !admin1Name.isBlank()
                && !FeatureCodes.isFirstOrderDivision(featureCode) && !admin1Name.strip().equals(name);
        return label + " in " + (inDivision ? admin1Name.strip() + ", " : "") + country;
    }

    /** GeoNames' name of an ISO 3166-1 alpha-2 country code ("Türkiye"), or "" when there is none. */
    public static String countryName(String countryCode) {
        return CountryNames.bundled().name(countryCode);
    }
}
