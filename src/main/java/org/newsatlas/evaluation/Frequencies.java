package org.newsatlas.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts by key, each with the mean of a value seen with it (a score, a distance). */
final class Frequencies {

    record Entry(String key, int count, double mean) {
    }

    private final Map<String, int[]> counts = new HashMap<>();
    private final Map<String, double[]> sums = new HashMap<>();
    private int total;

    void add(String key) {
        add(key, 0);
    }

    void add(String key, double value) {
        counts.computeIfAbsent(key, k -> new int[1])[0]++;
        sums.computeIfAbsent(key, k -> new double[1])[0] += value;
        total++;
    }

    int total() {
        return total;
    }

    int count(String key) {
        int[] count = counts.get(key);
        return count == null ? 0 : count[0];
    }

    /** The most frequent keys, ties alphabetically so that reports are stable. */
    List<Entry> top(int limit) {
        List<Entry> entries = new ArrayList<>();
        counts.forEach((key, count) -> entries.add(new Entry(key, count[0], sums.get(key)[0] / count[0])));
        entries.sort(Comparator.comparingInt(Entry::count).reversed().thenComparing(Entry::key));
        return entries.subList(0, Math.min(limit, entries.size()));
    }

    /** "key (count), ..." wrapped at about 100 characters, each line with this indent. */
    List<String> wrapped(int limit, String indent, boolean withMean) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (Entry entry : top(limit)) {
            String item = withMean
                    ? String.format(Locale.ROOT, "%s (%d, score %.2f)", entry.key(), entry.count(), entry.mean())
                    : String.format(Locale.ROOT, "%s (%d)", entry.key(), entry.count());
            if (line.length() > indent.length() && line.length() + item.length() > 100) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            line.append(line.length() > indent.length() ? ", " : "").append(item);
        }
        if (line.length() > indent.length()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
