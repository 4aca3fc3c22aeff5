package org.newsatlas.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsatlas.gazetteer.PlaceKind;

/**
 * The dashboard filter as query parameters, both ways: the REST API and the dashboard's URL use
 * the same names ({@code from, to, q, country, kind, source, place, minConfidence, language}).
 * A bad value is refused with a message that says what is wanted.
 */
public final class FilterParameters {

    public static final List<String> NAMES = List.of("from", "to", "q", "country", "kind", "source", "place",
            "minConfidence", "language");

    private FilterParameters() {
    }

    /** The filter these parameters describe; repeated parameters give several values. */
    public static DashboardFilter parse(Map<String, List<String>> parameters) {
        LocalDate from = date(parameters, "from");
        LocalDate to = date(parameters, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadFilter("'to' (" + to + ") is before 'from' (" + from + ").");
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String code : values(parameters, "country")) {
            if (!code.matches("[A-Za-z]{2}")) {
                throw new BadFilter("country must be an ISO 3166-1 alpha-2 code such as LY, not '" + code + "'.");
            }
            countries.add(code.toUpperCase(Locale.ROOT));
        }
        Set<PlaceKind> kinds = new LinkedHashSet<>();
        for (String kind : values(parameters, "kind")) {
            kinds.add(PlaceKind.fromKey(kind.toLowerCase(Locale.ROOT)).orElseThrow(() -> new BadFilter(
                    "kind must be one of country, admin1, admin2, city, region, not '" + kind + "'.")));
        }
        Set<String> languages = new LinkedHashSet<>();
        for (String language : values(parameters, "language")) {
            // three letters: "und" (undetermined) and languages that have no two-letter code
            if (!language.matches("[A-Za-z]{2,3}")) {
                throw new BadFilter("language must be an ISO 639-1 code such as en (or und), not '" + language + "'.");
            }
            languages.add(language.toLowerCase(Locale.ROOT));
        }
        return new DashboardFilter(from, to, single(parameters, "q"), countries, kinds,
                new LinkedHashSet<>(values(parameters, "source")), place(parameters), confidence(parameters),
                languages);
    }

    /** The parameters that describe this filter (none for the empty filter). */
    public static Map<String, List<String>> of(DashboardFilter filter) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, "from", filter.from());
        put(parameters, "to", filter.to());
        put(parameters, "q", filter.query());
        filter.countries().stream().sorted().forEach(c -> add(parameters, "country", c));
        filter.kinds().stream().sorted().forEach(k -> add(parameters, "kind", k.key()));
        filter.sources().stream().sorted().forEach(s -> add(parameters, "source", s));
        put(parameters, "place", filter.placeId());
        put(parameters, "minConfidence", filter.minConfidence());
        filter.languages().stream().sorted().forEach(l -> add(parameters, "language", l));
        return parameters;
    }

    private static LocalDate date(Map<String, List<String>> parameters, String name) {
        String value = single(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadFilter(name + " must be a date as YYYY-MM-DD, not '" + value + "'.");
        }
    }

    private static Long place(Map<String, List<String>> parameters) {
        String value = single(parameters, "place");
        return value == null ? null : placeId(value);
    }

    /** A place id as given in a parameter or a path. */
    public static long placeId(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new BadFilter("place must be a place id (a number), not '" + value + "'.");
        }
    }

    private static Double confidence(Map<String, List<String>> parameters) {
        String value = single(parameters, "minConfidence");
        if (value == null) {
            return null;
        }
        try {
            double confidence = Double.parseDouble(value);
            if (confidence >= 0 && confidence <= 1) {
                return confidence;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadFilter("minConfidence must be a number from 0 to 1, not '" + value + "'.");
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = values(parameters, name);
        if (values.size() > 1) {
            throw new BadFilter(name + " may be given only once.");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> values(Map<String, List<String>> parameters, String name) {
        List<String> values = new ArrayList<>();
        for (String value : parameters.getOrDefault(name, List.of())) {
            if (value != null && !value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static void put(Map<String, List<String>> parameters, String name, Object value) {
        if (value != null) {
            add(parameters, name, value.toString());
        }
    }

    private static void add(Map<String, List<String>> parameters, String name, String value) {
        parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    /** A filter parameter with a value the dashboard cannot use. */
    public static final class BadFilter extends RuntimeException {
        public BadFilter(String message) {
            super(message);
        }
    }
}
