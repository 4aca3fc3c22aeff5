package org.newsatlas.geocoding;

import static org.newsatlas.geocoding.ResolutionWeights.POPULATION;

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

    /** The kind's weight in the hand-set score. */
    static double kindWeight(GazetteerEntry entry) {
        return kind(entry).handSetWeight();
    }

    /** The table of kinds, keyed by GeoNames feature class and code as GeoNames spells them. */
    static ResolutionFeature kind(GazetteerEntry entry) {
        String code = entry.featureCode() == null ? "" : entry.featureCode();
        String featureClass = entry.featureClass() == null ? "" : entry.featureClass();
        return switch (featureClass) {
            case FeatureCodes.ADMINISTRATIVE -> switch (code) {
                case "PCLI", "PCL" -> ResolutionFeature.COUNTRY;
                case "PCLD", "PCLF", "PCLS", "PCLIX", "TERR", "PCLH" -> ResolutionFeature.DEPENDENCY;
                case "ADM1", "ADM1H" -> ResolutionFeature.FIRST_ORDER_DIVISION;
                case "ADM2", "ADM2H" -> ResolutionFeature.SECOND_ORDER_DIVISION;
                case "ZN", "ZNB" -> ResolutionFeature.ZONE;
                default -> ResolutionFeature.OTHER_ADMINISTRATIVE;
            };
            // continents and regions carry no population in GeoNames: their weight stands in for it
            case FeatureCodes.AREA -> switch (code) {
                case "CONT" -> ResolutionFeature.CONTINENT;
                case "RGN", "RGNE", "RGNH" -> ResolutionFeature.REGION;
                default -> ResolutionFeature.OTHER_AREA;
            };
            case FeatureCodes.POPULATED -> switch (code) {
                case "PPLC" -> ResolutionFeature.CAPITAL;
                case "PPLA" -> ResolutionFeature.FIRST_ORDER_SEAT;
                case "PPLA2" -> ResolutionFeature.SECOND_ORDER_SEAT;
                case "PPLG" -> ResolutionFeature.SEAT_OF_GOVERNMENT;
                case "PPLX" -> ResolutionFeature.SECTION_OF_PLACE;
                default -> ResolutionFeature.PLAIN_TOWN;
            };
            case FeatureCodes.HYDROGRAPHIC, FeatureCodes.TERRAIN -> ResolutionFeature.WATER_OR_TERRAIN;
            case FeatureCodes.SPOT -> ResolutionFeature.SPOT;
            default -> ResolutionFeature.UNKNOWN_KIND;
        };
    }
}
