package org.newsatlas.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Streams rows of a GeoNames dump (allCountries.txt, LY.txt, cities500.txt: 19 tab-separated
 * UTF-8 columns) as entries. Gzip is recognised by its magic bytes, so "x.txt.gz" and a gzip
 * without the suffix both work.
 *
 * <p>Rows must reach the population column (the 15th); the four columns after it are not used, so
 * files whose exporter dropped trailing empty columns still load. A row that is too short or
 * whose id or coordinates do not parse is skipped and counted rather than failing the load: one bad
 * line in a 12 million row dump should not take the application down.
 */
final class GeoNamesReader {

    private static final int MIN_COLUMNS = 15;

    /** Country and feature codes repeat on every row; sharing them saves ~40 bytes a row. */
    private final Map<String, String> pool = new HashMap<>();

    /** How many rows a source held and how many were unusable. */
    record ReadResult(long rows, long skipped) {
    }

    ReadResult read(InputStream in, Consumer<GazetteerEntry> sink) throws IOException {
        long rows = 0;
        long skipped = 0;
        int[] tabs = new int[19];
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(decompressed(in), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (rows == 0 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // byte order mark left by Windows editors
                }
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                rows++;
                GazetteerEntry entry = parse(line, tabs);
                if (entry == null) {
                    skipped++;
                } else {
                    sink.accept(entry);
                }
            }
        }
        return new ReadResult(rows, skipped);
    }

    static InputStream decompressed(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        if (first == 0x1f && second == 0x8b) {
            return new GZIPInputStream(buffered, 1 << 16);
        }
        return buffered;
    }

    private GazetteerEntry parse(String line, int[] tabs) {
        int columns = splitTabs(line, tabs);
        if (columns < MIN_COLUMNS) {
            return null;
        }
        try {
            long id = Long.parseLong(column(line, tabs, 0));
            String name = column(line, tabs, 1);
            if (name.isBlank()) {
                return null;
            }
            String ascii = column(line, tabs, 2);
            double latitude = Double.parseDouble(column(line, tabs, 4));
            double longitude = Double.parseDouble(column(line, tabs, 5));
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                return null;
            }
            String population = column(line, tabs, 14);
            return new GazetteerEntry(
                    id,
                    name,
                    ascii.equals(name) ? name : ascii,
                    splitCommas(column(line, tabs, 3)),
                    latitude,
                    longitude,
                    pooled(column(line, tabs, 6)),
                    pooled(column(line, tabs, 7)),
                    pooled(column(line, tabs, 8)),
                    pooled(column(line, tabs, 10)),
                    pooled(column(line, tabs, 11)),
                    population.isEmpty() ? 0 : Long.parseLong(population));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Fills {@code tabs} with the end of each column; returns the number of columns (max 19). */
    private static int splitTabs(String line, int[] tabs) {
        int count = 0;
        int from = 0;
        while (count < tabs.length - 1) {
            int tab = line.indexOf('\t', from);
            if (tab < 0) {
                break;
            }
            tabs[count++] = tab;
            from = tab + 1;
        }
        int end = line.indexOf('\t', from);
        tabs[count++] = end < 0 ? line.length() : end;
        return count;
    }

    private static String column(String line, int[] tabs, int index) {
        int start = index == 0 ? 0 : tabs[index - 1] + 1;
        return line.substring(start, tabs[index]);
    }

    private static List<String> splitCommas(String names) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> split = new ArrayList<>();
        int from = 0;
        while (from <= names.length()) {
            int comma = names.indexOf(',', from);
            int end = comma < 0 ? names.length() : comma;
            if (end > from) {
                split.add(names.substring(from, end));
            }
            from = end + 1;
        }
        return split;
    }

    private String pooled(String value) {
        if (value.isEmpty()) {
            return "";
        }
        String shared = pool.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }
}
