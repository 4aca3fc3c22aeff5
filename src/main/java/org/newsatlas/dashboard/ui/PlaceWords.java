package org.newsatlas.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsatlas.gazetteer.PlaceKind;
import org.newsatlas.places.StoredPlace;

/** Words for places and kinds of place, as the dashboard shows them. */
final class PlaceWords {

    private PlaceWords() {
    }

    /** The name of a kind as a filter option: a group of places. */
    static String kinds(PlaceKind kind) {
        return switch (kind) {
            case COUNTRY -> "Countries";
            case ADMIN1 -> "First-order divisions (states, provinces)";
            case ADMIN2 -> "Second-order divisions (counties, districts)";
            case CITY -> "Populated places";
            case REGION -> "Regions and physical features";
        };
    }

    /** The kind of one place, short enough for a table column. */
    static String kind(PlaceKind kind) {
        return switch (kind) {
            case COUNTRY -> "country";
            case ADMIN1 -> "state, province";
            case ADMIN2 -> "county, district";
            case CITY -> "city, town";
            case REGION -> "region, feature";
        };
    }

    /** "capital city in Tripoli, Libya"; a country is just "country". */
    static String description(StoredPlace place) {
        List<String> where = new ArrayList<>();
        if (place.kind() != PlaceKind.COUNTRY && place.kind() != PlaceKind.ADMIN1 && notBlank(place.admin1Name())) {
            where.add(place.admin1Name());
        }
        if (place.kind() != PlaceKind.COUNTRY && notBlank(place.countryName())) {
            where.add(place.countryName());
        }
        return place.featureLabel() + (where.isEmpty() ? "" : " in " + String.join(", ", where));
    }

    static String coordinates(double lat, double lon) {
        return String.format(Locale.ROOT, "%.4f° %s, %.4f° %s",
                Math.abs(lat), lat >= 0 ? "N" : "S", Math.abs(lon), lon >= 0 ? "E" : "W");
    }

    static String count(long count, String word) {
        return String.format(Locale.ENGLISH, "%,d %s%s", count, word, count == 1 ? "" : "s");
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
