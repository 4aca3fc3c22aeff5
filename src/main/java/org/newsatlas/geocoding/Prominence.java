package org.newsatlas.geocoding;

import static org.newsatlas.geocoding.ResolutionWeights.CAPITAL_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.CONTINENT_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.COUNTRY_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.DEPENDENCY_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.FIRST_ORDER_DIVISION_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.FIRST_ORDER_SEAT_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.OTHER_ADMINISTRATIVE_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.OTHER_AREA_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.PLAIN_TOWN_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.POPULATION;
import static org.newsatlas.geocoding.ResolutionWeights.REGION_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.SEAT_OF_GOVERNMENT_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.SECOND_ORDER_DIVISION_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.SECOND_ORDER_SEAT_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.SECTION_OF_PLACE_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.SPOT_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.UNKNOWN_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.WATER_OR_TERRAIN_KIND;
import static org.newsatlas.geocoding.ResolutionWeights.ZONE_KIND;

import org.newsatlas.gazetteer.FeatureCodes;
import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * How likely a place is to be meant when nothing else is known: its kind (a country before a
 * village of the same name, a capital before other towns) and its population.
 */
final class Prominence {

    private Prominence() {
    }

    static double of(GazetteerEntry entry) {
        return kindWeight(entry) + POPULATION * Math.log10(entry.population() + 1.0);
    }

    /** The table of kinds, keyed by GeoNames feature class and code as GeoNames spells them. */
    static double kindWeight(GazetteerEntry entry) {
        String code = entry.featureCode() == null ? "" : entry.featureCode();
        String featureClass = entry.featureClass() == null ? "" : entry.featureClass();
        return switch (featureClass) {
            case FeatureCodes.ADMINISTRATIVE -> switch (code) {
                case "PCLI", "PCL" -> COUNTRY_KIND;
                case "PCLD", "PCLF", "PCLS", "PCLIX", "TERR", "PCLH" -> DEPENDENCY_KIND;
                case "ADM1", "ADM1H" -> FIRST_ORDER_DIVISION_KIND;
                case "ADM2", "ADM2H" -> SECOND_ORDER_DIVISION_KIND;
                case "ZN", "ZNB" -> ZONE_KIND;
                default -> OTHER_ADMINISTRATIVE_KIND;
            };
            // continents and regions carry no population in GeoNames: their weight stands in for it
            case FeatureCodes.AREA -> switch (code) {
                case "CONT" -> CONTINENT_KIND;
                case "RGN", "RGNE", "RGNH" -> REGION_KIND;
                default -> OTHER_AREA_KIND;
            };
            case FeatureCodes.POPULATED -> switch (code) {
                case "PPLC" -> CAPITAL_KIND;
                case "PPLA" -> FIRST_ORDER_SEAT_KIND;
                case "PPLA2" -> SECOND_ORDER_SEAT_KIND;
                case "PPLG" -> SEAT_OF_GOVERNMENT_KIND;
                case "PPLX" -> SECTION_OF_PLACE_KIND;
                default -> PLAIN_TOWN_KIND;
            };
            case FeatureCodes.HYDROGRAPHIC, FeatureCodes.TERRAIN -> WATER_OR_TERRAIN_KIND;
            case FeatureCodes.SPOT -> SPOT_KIND;
            default -> UNKNOWN_KIND;
        };
    }
}
