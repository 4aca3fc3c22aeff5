package org.newsatlas.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.NameNormalizer;

/**
 * Measures how many gold toponyms the gazetteer could resolve at all: a gold place counts as
 * covered when some entry or demonym row with the same normalised name lies within 161 km of the
 * gold point. That is an upper bound for any resolver built on this gazetteer.
 */
public final class GazetteerCoverage {

    private static final int TOP_MISSES = 30;

    private final GazetteerCheck gazetteer;
    private final Map<String, MissTally> misses = new HashMap<>();
    private int withCoordinates;
    private int withoutCoordinates;
    private int covered;

    GazetteerCoverage(Gazetteer gazetteer) {
        this.gazetteer = new GazetteerCheck(gazetteer);
    }

    public record Miss(String name, int count, String reason) {
    }

    public record Report(int withCoordinates, int withoutCoordinates, int covered, List<Miss> topMisses) {

        public double share() {
            return withCoordinates == 0 ? 0 : (double) covered / withCoordinates;
        }

        /** What gazetteer-coverage prints for one gold file. */
        public List<String> lines(String file) {
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "%s: %d of %d toponyms with coordinates covered (%.1f%%) within %.0f km;"
                            + " %d without coordinates not counted",
                    file, covered, withCoordinates, 100 * share(), GeocodingErrors.CORRECT_KM, withoutCoordinates));
            if (!topMisses.isEmpty()) {
                lines.add("most frequent misses:");
            }
            for (Miss miss : topMisses) {
                lines.add(String.format(Locale.ROOT, "  %5d  %s: %s", miss.count(), miss.name(), miss.reason()));
            }
            return lines;
        }
    }

    /**
     * The coverage of the toponyms in a gold file (JSON Lines of
     * {@code {"id","text","toponyms":[{"start","end","name","lat","lon","geonameid"}]}}).
     */
    public static Report of(Gazetteer gazetteer, String goldFile) throws IOException {
        GazetteerCoverage coverage = new GazetteerCoverage(gazetteer);
        for (JsonNode article : JsonLines.read(goldFile)) {
            for (JsonNode toponym : article.path("toponyms")) {
                coverage.add(toponym.path("name").asText(), number(toponym.get("lat")), number(toponym.get("lon")));
            }
        }
        return coverage.report(TOP_MISSES);
    }

    private static Double number(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.asDouble();
    }

    void add(String name, Double latitude, Double longitude) {
        if (latitude == null || longitude == null) {
            withoutCoordinates++;
            return;
        }
        withCoordinates++;
        Optional<GazetteerCheck.Nearest> nearest = gazetteer.nearest(name, latitude, longitude);
        if (nearest.isPresent() && nearest.get().isNear()) {
            covered++;
            return;
        }
        String key = NameNormalizer.normalize(name);
        MissTally tally = misses.computeIfAbsent(key.isEmpty() ? name : key, k -> new MissTally(name));
        tally.count++;
        if (nearest.isPresent() && nearest.get().km() < tally.nearestKm) {
            tally.nearestKm = nearest.get().km();
            tally.nearest = nearest.get().entry();
        }
    }

    Report report(int topMisses) {
        List<Miss> top = misses.values().stream()
                .sorted(Comparator.comparingInt((MissTally tally) -> tally.count).reversed()
                        .thenComparing(tally -> tally.name))
                .limit(topMisses)
                .map(MissTally::toMiss)
                .toList();
        return new Report(withCoordinates, withoutCoordinates, covered, top);
    }

    private static final class MissTally {

        private final String name;
        private int count;
        private double nearestKm = Double.MAX_VALUE;
        private GazetteerEntry nearest;

        private MissTally(String name) {
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
