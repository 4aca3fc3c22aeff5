package org.newsatlas.gazetteer;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Entries sorted by id in parallel arrays: 12 bytes an entry where a HashMap<Long> takes ~60. */
record IdIndex(long[] ids, GazetteerEntry[] entries, List<GazetteerEntry> byPopulation) {

    static IdIndex of(GazetteerEntry[] sortedById, GazetteerEntry[] mostProminentFirst) {
        long[] ids = new long[sortedById.length];
        for (int i = 0; i < sortedById.length; i++) {
            ids[i] = sortedById[i].geonameId();
        }
        return new IdIndex(ids, sortedById, Collections.unmodifiableList(Arrays.asList(mostProminentFirst)));
    }

    GazetteerEntry get(long id) {
        int at = Arrays.binarySearch(ids, id);
        return at < 0 ? null : entries[at];
    }

    int size() {
        return ids.length;
    }
}
