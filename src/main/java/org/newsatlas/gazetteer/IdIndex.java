package org.newsatlas.gazetteer;

import java.util.Arrays;

/**
 * Entries sorted by id in parallel arrays, 12 bytes an entry where a HashMap<Long> takes ~60: the
 * build finds the places the demonym rows name by it, and stored places find their entry again.
 */
record IdIndex(long[] ids, GazetteerEntry[] entries) {

    static IdIndex of(GazetteerEntry[] sortedById) {
        long[] ids = new long[sortedById.length];
        for (int i = 0; i < sortedById.length; i++) {
            ids[i] = sortedById[i].geonameId();
        }
        return new IdIndex(ids, sortedById);
    }

    GazetteerEntry get(long id) {
        int at = Arrays.binarySearch(ids, id);
        return at < 0 ? null : entries[at];
    }
}
