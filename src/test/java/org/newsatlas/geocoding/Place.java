package org.newsatlas.geocoding;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.newsatlas.gazetteer.FeatureCodes;
import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * Small hand-made gazetteer entries for the resolution tests: {@code Place.town("Columbus").in("US",
 * "NE").at(41.43, -97.37).population(23_000).entry()}. Every place gets an id of its own.
 */
final class Place {

    private static final AtomicLong IDS = new AtomicLong(1);

    private final long id = IDS.getAndIncrement();
    private final String name;
    private final String featureClass;
    private final String featureCode;
    private List<String> alternateNames = List.of();
    private double latitude;
    private double longitude;
    private String countryCode = "";
    private String admin1Code = "";
    private String admin2Code = "";
    private long population;

    private Place(String name, String featureClass, String featureCode) {
        this.name = name;
        this.featureClass = featureClass;
        this.featureCode = featureCode;
    }

    static Place town(String name) {
        return new Place(name, FeatureCodes.POPULATED, "PPL");
    }

    static Place country(String name, String countryCode) {
        return new Place(name, FeatureCodes.ADMINISTRATIVE, FeatureCodes.INDEPENDENT_COUNTRY).in(countryCode, "00");
    }

    static Place state(String name, String countryCode, String admin1Code) {
        return new Place(name, FeatureCodes.ADMINISTRATIVE, FeatureCodes.FIRST_ORDER_DIVISION)
                .in(countryCode, admin1Code);
    }

    static Place county(String name, String countryCode, String admin1Code, String admin2Code) {
        return new Place(name, FeatureCodes.ADMINISTRATIVE, FeatureCodes.SECOND_ORDER_DIVISION)
                .in(countryCode, admin1Code).county(admin2Code);
    }

    static Place of(String name, String featureClass, String featureCode) {
        return new Place(name, featureClass, featureCode);
    }

    Place in(String countryCode, String admin1Code) {
        this.countryCode = countryCode;
        this.admin1Code = admin1Code;
        return this;
    }

    Place county(String admin2Code) {
        this.admin2Code = admin2Code;
        return this;
    }

    Place at(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
        return this;
    }

    Place population(long population) {
        this.population = population;
        return this;
    }

    Place alsoCalled(String... names) {
        this.alternateNames = List.of(names);
        return this;
    }

    GazetteerEntry entry() {
        return new GazetteerEntry(id, name, name, alternateNames, latitude, longitude, featureClass, featureCode,
                countryCode, admin1Code, admin2Code, population);
    }
}
