package org.newsatlas.map.api;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The names of large towns the map draws, one JSON list per zoom level (only the towns first
 * named at that level, so a browser zooming in fetches each level once), read from the bundled
 * GeoNames cities file on first use and kept as plain and gzipped bytes. Each town is
 * {@code [name, lat, lon]}, most populous first, which is the order the map gives them room in.
 */
final class TownLabels {

    /** One town: name, point, population and the zoom from which it is named. */
    record Town(String name, double lat, double lon, long population, int zoom) {
    }

    /** A zoom level's list as it is sent. */
    record Encoded(byte[] json, byte[] gzipped) {
    }

    private static final int NAME = 1;
    private static final int LATITUDE = 4;
    private static final int LONGITUDE = 5;
    private static final int FEATURE_CODE = 7;
    private static final int POPULATION = 14;

    private final Map<Integer, Encoded> byZoom;

    TownLabels(List<Town> towns) {
        Map<Integer, List<Town>> grouped = new HashMap<>();
        towns.forEach(town -> grouped.computeIfAbsent(town.zoom(), zoom -> new ArrayList<>()).add(town));
        byZoom = new HashMap<>();
        grouped.forEach((zoom, list) -> byZoom.put(zoom, encode(list)));
    }

    /** The towns first named at this zoom level: an empty list for a level that adds none. */
    Encoded atZoom(int zoom) {
        return byZoom.getOrDefault(zoom, encode(List.of()));
    }

    /** Reads GeoNames rows (19 tab-separated columns, gzipped) and keeps those a map names. */
    static List<Town> read(InputStream gzipped) {
        List<Town> towns = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] columns = line.split("\t", -1);
                if (columns.length <= POPULATION || columns[POPULATION].isEmpty()) {
                    continue;
                }
                long population = Long.parseLong(columns[POPULATION]);
                int zoom = TownTiers.zoomOf(columns[FEATURE_CODE], population);
                if (zoom >= 0) {
                    towns.add(new Town(columns[NAME], Double.parseDouble(columns[LATITUDE]),
                            Double.parseDouble(columns[LONGITUDE]), population, zoom));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled towns", e);
        }
        return towns;
    }

    private static Encoded encode(List<Town> towns) {
        List<List<Object>> rows = towns.stream()
                .sorted(Comparator.comparingLong(Town::population).reversed().thenComparing(Town::name))
                .map(town -> List.<Object>of(town.name(), rounded(town.lat()), rounded(town.lon())))
                .toList();
        try {
            byte[] json = new ObjectMapper().writeValueAsBytes(rows);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(json);
            }
            return new Encoded(json, out.toByteArray());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("towns are plain values", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Three decimals, about 100 m: a label's position needs no more. */
    private static double rounded(double degrees) {
        return Math.round(degrees * 1000) / 1000.0;
    }
}
