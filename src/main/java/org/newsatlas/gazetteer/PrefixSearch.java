package org.newsatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Type-ahead over every name of the gazetteer: a sorted array of the normalised names, made on the
 * first search (not at start-up: most runs never search), and a binary search for the prefix's range.
 */
final class PrefixSearch {

    private final NameTable names;
    private volatile String[] sorted;

    PrefixSearch(NameTable names) {
        this.names = names;
    }

    List<GazetteerEntry> search(String prefix, int limit) {
        String key = NameNormalizer.normalize(prefix);
        if (key.isEmpty() || limit <= 0) {
            return List.of();
        }
        String[] all = sortedNames();
        int from = Arrays.binarySearch(all, key);
        from = from < 0 ? -from - 1 : from;
        // an entry matched by several of its names counts once, with its best (exact) match
        Map<GazetteerEntry, Boolean> exact = new IdentityHashMap<>();
        for (int i = from; i < all.length && all[i].startsWith(key); i++) {
            boolean same = all[i].equals(key);
            for (GazetteerEntry entry : names.get(all[i])) {
                exact.merge(entry, same, Boolean::logicalOr);
            }
        }
        List<GazetteerEntry> found = new ArrayList<>(exact.keySet());
        // the id breaks ties (Beijing the ADM1 and Beijing the ADM2), or identity hashes would order them
        found.sort(Comparator.comparing((GazetteerEntry entry) -> !exact.get(entry))
                .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed())
                .thenComparing(GazetteerEntry::name)
                .thenComparingLong(GazetteerEntry::geonameId));
        return found.subList(0, Math.min(limit, found.size()));
    }

    private String[] sortedNames() {
        String[] ready = sorted;
        if (ready == null) {
            synchronized (this) {
                ready = sorted;
                if (ready == null) {
                    ready = names.sortedNames();
                    sorted = ready;
                }
            }
        }
        return ready;
    }
}
