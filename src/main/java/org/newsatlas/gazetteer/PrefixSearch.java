package org.newsatlas.gazetteer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Type-ahead over every name of the gazetteer: the name slots sorted by their normalised keys'
 * bytes, made on the first search (not at start-up: most runs never search), and a binary search
 * for the prefix's range.
 */
final class PrefixSearch {

    private final NameIndex names;
    private volatile int[] sorted;

    PrefixSearch(NameIndex names) {
        this.names = names;
    }

    List<GazetteerEntry> search(String prefix, int limit) {
        String key = NameNormalizer.normalize(prefix);
        if (key.isEmpty() || limit <= 0) {
            return List.of();
        }
        byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
        int[] all = sortedSlots();
        // an entry matched by several of its names counts once, with its best (exact) match
        Map<GazetteerEntry, Boolean> exact = new IdentityHashMap<>();
        for (int i = firstAtOrAfter(all, utf8); i < all.length && names.keyStartsWith(all[i], utf8); i++) {
            boolean same = names.keyEquals(all[i], key);
            for (GazetteerEntry entry : NameIndex.entriesOf(names.value(all[i]))) {
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

    /** The first position whose key is not less than {@code key}. */
    private int firstAtOrAfter(int[] slots, byte[] key) {
        int low = 0;
        int high = slots.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (names.compareKey(slots[middle], key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int[] sortedSlots() {
        int[] ready = sorted;
        if (ready == null) {
            synchronized (this) {
                ready = sorted;
                if (ready == null) {
                    ready = names.nameSlotsByKey();
                    sorted = ready;
                }
            }
        }
        return ready;
    }
}
