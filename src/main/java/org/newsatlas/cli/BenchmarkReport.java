package org.newsatlas.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.newsatlas.cli.BenchmarkQueries.Filter;

/** What the dashboard benchmark prints: per-query timings, the goal, payload, heap, and the JSON line. */
final class BenchmarkReport {

    /** The goal for a query without a text search, and with one (p95, ms). */
    static final double GOAL_MS = 250;
    static final double GOAL_TEXT_MS = 800;

    private final PrintStream out;

    BenchmarkReport(PrintStream out) {
        this.out = out;
    }

    void queries(Map<String, List<QueryTimer.Sample>> samples, List<Filter> filters) {
        out.printf(Locale.ROOT, "%-46s %5s %9s %9s %11s%n", "query (endpoint, filter)", "n", "p50 ms", "p95 ms",
                "size");
        List<String> missed = new ArrayList<>();
        samples.forEach((query, timings) -> {
            double p95 = QueryTimer.percentile(timings, 95);
            long size = timings.stream().mapToLong(QueryTimer.Sample::bytes).sorted().toArray()[timings.size() / 2];
            out.printf(Locale.ROOT, "%-46s %5d %9.1f %9.1f %11s%n", query, timings.size(),
                    QueryTimer.percentile(timings, 50), p95, bytes(size));
            double goal = hasText(query, filters) ? GOAL_TEXT_MS : GOAL_MS;
            if (p95 > goal) {
                missed.add(String.format(Locale.ROOT, "%s (%.0f ms > %.0f ms)", query, p95, goal));
            }
        });
        out.println(missed.isEmpty() ? "goal: every p95 within 250 ms (800 ms with q)"
                : "goal missed by " + missed.size() + " of " + samples.size() + " queries: " + String.join(", ", missed));
    }

    /** The map's payload: the unfiltered /api/places answer, as sent and as gzip would send it. */
    void payload(String places) {
        byte[] raw = places.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int features = places.split("\"type\":\"Feature\"", -1).length - 1;
        out.printf(Locale.ROOT, "/api/places without a filter: %,d places, %s (%s gzipped)%n", features,
                bytes(raw.length), bytes(zipped.size()));
    }

    void heapAndDisk(BenchmarkDatabase database, Path dataDir) {
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        out.printf(Locale.ROOT, "heap used after GC: %d MB of %d MB max (app and benchmark client)%n",
                heap.getUsed() >> 20, heap.getMax() >> 20);
        out.printf(Locale.ROOT, "on disk: database %s (%s), dashboard index %s%n", bytes(database.bytes()),
                database.product(), bytes(BenchmarkDatabase.size(dataDir.resolve("dashboard-index"))));
    }

    /** Last: one line for machines. */
    void json(long articles, long mentions, Map<String, List<QueryTimer.Sample>> samples) {
        Map<String, String> p95 = new LinkedHashMap<>();
        samples.forEach((query, timings) -> p95.put(query,
                String.format(Locale.ROOT, "%.1f", QueryTimer.percentile(timings, 95))));
        StringBuilder json = new StringBuilder("{\"articles\": ").append(articles)
                .append(", \"mentions\": ").append(mentions).append(", \"p95_ms\": {");
        String separator = "";
        for (Map.Entry<String, String> entry : p95.entrySet()) {
            json.append(separator).append('"').append(entry.getKey()).append("\": ").append(entry.getValue());
            separator = ", ";
        }
        out.println(json.append("}}"));
    }

    private static boolean hasText(String query, List<Filter> filters) {
        String filter = query.substring(query.lastIndexOf(' ') + 1);
        return filters.stream().anyMatch(f -> f.name().equals(filter) && f.hasText());
    }

    private static String bytes(long bytes) {
        return bytes >= 10 << 20 ? (bytes >> 20) + " MB" : bytes >= 10 << 10 ? (bytes >> 10) + " KB" : bytes + " B";
    }
}
