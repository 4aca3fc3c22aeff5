package org.newsatlas.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The representative filters of the dashboard benchmark, each a different value at each
 * repetition (the next month, country, source, place, word...), so that no answer is served from
 * a cache even where one is on, and the timings cover the spread of real values.
 */
final class BenchmarkQueries {

    static final List<String> KINDS = List.of("country", "admin1", "admin2", "city", "region");

    /** A filter by name; its query string (URL-encoded, maybe empty) for repetition i. */
    record Filter(String name, IntFunction<String> query) {

        boolean hasText() {
            return query.apply(0).contains("q=");
        }
    }

    /** An endpoint by name; its path for repetition i (the place page asks for a different place). */
    record Endpoint(String name, IntFunction<String> path, String extra, boolean export) {
    }

    private BenchmarkQueries() {
    }

    /**
     * @param countries the most mentioned country codes
     * @param places    the ids of the most mentioned places
     */
    static List<Filter> filters(List<String> countries, List<Long> places) {
        List<String> words = SyntheticNews.TOPICS;
        List<Filter> filters = new ArrayList<>();
        filters.add(new Filter("none", i -> ""));
        filters.add(new Filter("month", i -> month(i)));
        filters.add(new Filter("country", i -> "country=" + countries.get(i % countries.size())));
        filters.add(new Filter("kind", i -> "kind=" + KINDS.get(i % KINDS.size())));
        filters.add(new Filter("source", i -> "source=" + encode(SyntheticNews.SOURCES.get(i % SyntheticNews.SOURCES.size()))));
        filters.add(new Filter("place", i -> "place=" + places.get(i % places.size())));
        filters.add(new Filter("text", i -> "q=" + encode(i % 2 == 0 ? words.get(i % words.size())
                : "\"" + words.get(i % words.size()) + " reached\"")));
        filters.add(new Filter("combination", i -> combination(i, countries)));
        filters.add(new Filter("combination+text", i -> combination(i, countries) + "&q="
                + encode(words.get((i * 7) % words.size()))));
        return filters;
    }

    static List<Endpoint> endpoints(List<Long> places) {
        return List.of(
                new Endpoint("/api/places", i -> "/api/places", "", false),
                new Endpoint("/api/articles", i -> "/api/articles", "page=0&size=50", false),
                new Endpoint("/api/timeline", i -> "/api/timeline", "bucket=day", false),
                new Endpoint("/api/countries", i -> "/api/countries", "", false),
                new Endpoint("/api/places/{id}", i -> "/api/places/" + places.get((i * 3 + 1) % places.size()), "", false),
                new Endpoint("/api/export/places.geojson", i -> "/api/export/places.geojson", "", true),
                new Endpoint("/api/export/places.kml", i -> "/api/export/places.kml", "", true),
                new Endpoint("/api/export/mentions.csv", i -> "/api/export/mentions.csv", "", true));
    }

    static String url(Endpoint endpoint, Filter filter, int i) {
        String query = filter.query().apply(i);
        String all = query.isEmpty() ? endpoint.extra() : endpoint.extra().isEmpty() ? query : endpoint.extra() + "&" + query;
        return endpoint.path().apply(i) + (all.isEmpty() ? "" : "?" + all);
    }

    /** One of the 36 months the synthetic articles span. */
    private static String month(int i) {
        LocalDate first = SyntheticNews.FIRST_DAY.plusMonths(i % 36);
        return "from=" + first + "&to=" + first.plusMonths(1).minusDays(1);
    }

    /** A year, a country, populated places only, confident mentions only. */
    private static String combination(int i, List<String> countries) {
        LocalDate first = SyntheticNews.FIRST_DAY.plusYears(i % 3);
        return "from=" + first + "&to=" + first.plusYears(1).minusDays(1) + "&country="
                + countries.get(i % countries.size()) + "&kind=city&minConfidence=0.5";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
