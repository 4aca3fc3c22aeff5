package org.newsatlas.gazetteer;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures how many gold toponyms the gazetteer could resolve at all: a gold place counts as
 * covered when some entry or demonym row with the same normalised name lies within the radius of
 * the gold point. That is an upper bound for any resolver built on this gazetteer.
 */
final class CoverageCounter {

    /** 100 miles: the usual tolerance for "correct" in geoparsing evaluations (accuracy@161km). */
    static final double DEFAULT_RADIUS_KM = 161;

    private final Gazetteer gazetteer;
    private final double radiusKm;
    private final Map<String, Tally> misses = new HashMap<>();
    private int withCoordinates;
    private int withoutCoordinates;
    private int covered;

    CoverageCounter(Gazetteer gazetteer, double radiusKm) {
        this.gazetteer = gazetteer;
        this.radiusKm = radiusKm;
    }

    record Miss(String name, int count, String reason) {
    }

    record Report(int withCoordinates, int withoutCoordinates, int covered, List<Miss> topMisses) {

        double share() {
            return withCoordinates == 0 ? 0 : (double) covered / withCoordinates;
        }
    }

    void add(String name, Double latitude, Double longitude) {
        if (latitude == null || longitude == null) {
            withoutCoordinates++;
            return;
        }
        withCoordinates++;
        GazetteerEntry nearest = null;
        double nearestKm = Double.MAX_VALUE;
        for (List<GazetteerEntry> candidates : List.of(gazetteer.lookup(name), gazetteer.demonyms(name))) {
            for (GazetteerEntry candidate : candidates) {
                double km = GeoDistance.km(latitude, longitude, candidate.latitude(), candidate.longitude());
                if (km < nearestKm) {
                    nearestKm = km;
                    nearest = candidate;
                }
            }
        }
        if (nearestKm <= radiusKm) {
            covered++;
            return;
        }
        String key = NameNormalizer.normalize(name);
        Tally tally = misses.computeIfAbsent(key.isEmpty() ? name : key, k -> new Tally(name));
        tally.count++;
        if (nearest != null && nearestKm < tally.nearestKm) {
            tally.nearestKm = nearestKm;
            tally.nearest = nearest;
        }
    }

    Report report(int topMisses) {
        List<Miss> top = misses.values().stream()
                .sorted(Comparator.comparingInt((Tally tally) -> tally.count).reversed()
                        .thenComparing(tally -> tally.name))
                .limit(topMisses)
                .map(Tally::toMiss)
                .toList();
        return new Report(withCoordinates, withoutCoordinates, covered, top);
    }

    private static final class Tally {

        private final String name;
        private int count;
        private double nearestKm = Double.MAX_VALUE;
        private GazetteerEntry nearest;

        private Tally(String name) {
            this.name = name;
        }

        private Miss toMiss() {
            String reason = nearest == null
                    ? "no entry with that name"
                    : String.format(Locale.ROOT, "nearest same-name entry %.0f km away (%s, %s, %s %d)",
                            nearestKm, nearest.name(), nearest.countryCode(), nearest.featureCode(),
                            nearest.geonameId());
            return new Miss(name, count, reason);
        }
    }
}
