package org.newsatlas.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The markers as the browser gets them: each place one short array {@code [id, name, lat, lon,
 * mentions, country, kind]}, and a last {@code 1} for an uncertain place only (most places are
 * certain, and the flag would add 40 kB to 20,000 of them), where country and kind index the two name lists, since thousands of
 * places share a few hundred countries and a dozen kinds. Mirrored by {@code MarkerTable} in
 * {@code frontend/components/map/state.ts}. With 20,000 places this is less than a third of the size
 * of one JSON object per place.
 */
record MarkerTable(List<String> countries, List<String> kinds, List<List<Object>> rows) {

    /** Four decimals of a degree are at most 11 m, under a third of a pixel at the map's last zoom (12). */
    private static final double COORDINATE_SCALE = 1e4;

    static MarkerTable of(List<MapMarker> markers) {
        Map<String, Integer> countries = new LinkedHashMap<>();
        Map<String, Integer> kinds = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>(markers.size());
        for (MapMarker marker : markers) {
            int country = countries.computeIfAbsent(nullToEmpty(marker.countryName()), name -> countries.size());
            int kind = kinds.computeIfAbsent(nullToEmpty(marker.featureLabel()), name -> kinds.size());
            List<Object> row = new ArrayList<>(List.of(marker.id(), nullToEmpty(marker.name()), rounded(marker.lat()),
                    rounded(marker.lon()), marker.mentionCount(), country, kind));
            if (marker.uncertain()) {
                row.add(1);
            }
            rows.add(row);
        }
        return new MarkerTable(List.copyOf(countries.keySet()), List.copyOf(kinds.keySet()), rows);
    }

    private static double rounded(double degrees) {
        return Math.round(degrees * COORDINATE_SCALE) / COORDINATE_SCALE;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
