package org.newsatlas.geocoding;

import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * How likely a place is to be meant when nothing else is known: its kind (a country before a
 * village of the same name, a capital before other towns) and its population.
 */
final class Prominence {

    private Prominence() {
    }

    static double of(GazetteerEntry entry) {
        return kindWeight(entry) + 0.35 * Math.log10(entry.population() + 1.0);
    }

    static double kindWeight(GazetteerEntry entry) {
        String code = entry.featureCode() == null ? "" : entry.featureCode();
        String featureClass = entry.featureClass() == null ? "" : entry.featureClass();
        return switch (featureClass) {
            case "A" -> switch (code) {
                case "PCLI", "PCL" -> 3.5;
                case "PCLD", "PCLF", "PCLS", "PCLIX", "TERR", "PCLH" -> 2.5;
                case "ADM1", "ADM1H" -> 2.0;
                case "ADM2", "ADM2H" -> 1.0;
                case "ZN", "ZNB" -> 1.5;
                default -> 0.5;
            };
            // continents and regions carry no population in GeoNames: their weight stands in for it
            case "L" -> switch (code) {
                case "CONT" -> 6.0;
                case "RGN", "RGNE", "RGNH" -> 3.0;
                default -> 0.8;
            };
            case "P" -> switch (code) {
                case "PPLC" -> 2.6;
                case "PPLA" -> 1.0;
                case "PPLA2" -> 0.5;
                case "PPLG" -> 0.8;
                case "PPLX" -> -0.5;
                default -> 0;
            };
            case "H", "T" -> 1.0;
            case "S" -> 0.3;
            default -> 0;
        };
    }
}
