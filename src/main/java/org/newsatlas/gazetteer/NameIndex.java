package org.newsatlas.gazetteer;

import java.util.Arrays;
import java.util.List;

/**
 * The frozen name table the gazetteer answers from: the open-addressing layout {@link NameTable}
 * built, with each slot's key as a number into a {@link TextPool} instead of a String. The key
 * text of a million slots then sits in one array, and a probe compares the query with it in place.
 * Read-only, so safe to share between threads.
 *
 * <p>A slot's value is as in {@link NameTable}: an entry, a list of them, or {@link #PREFIX}.
 */
final class NameIndex {

    /** Slot value of a key that is only the start of longer names. */
    static final Object PREFIX = NameTable.PREFIX;
    static final int EMPTY = -1;

    private final TextPool pool;
    private final int[] keys;
    private final Object[] values;
    private final int size;
    private final int names;

    /**
     * {@code keys[slot]} is the key's number in the pool, or -1 for an empty slot; the slots must be
     * where {@link NameTable} put them (the key's String hash, then the next free slot).
     */
    NameIndex(TextPool pool, int[] keys, Object[] values, int size, int names) {
        if (keys.length != values.length || Integer.bitCount(keys.length) != 1) {
            throw new IllegalStateException("a name table needs a power of two of slots, one value each");
        }
        this.pool = pool;
        this.keys = keys;
        this.values = values;
        this.size = size;
        this.names = names;
    }

    /**
     * The raw slot value: null when nothing starts with this key, else something to pass to
     * {@link #isName} and {@link #entriesOf}. Lets a token scan probe without allocating.
     */
    Object find(String key) {
        int mask = keys.length - 1;
        int h = key.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        while (true) {
            int id = keys[slot];
            if (id == EMPTY) {
                return null;
            }
            if (pool.equalsAt(id, key)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The entries of a name; empty when the key is unknown or only a prefix. */
    List<GazetteerEntry> get(String key) {
        return entriesOf(find(key));
    }

    static boolean isName(Object value) {
        return NameTable.isName(value);
    }

    static List<GazetteerEntry> entriesOf(Object value) {
        return NameTable.entriesOf(value);
    }

    /** Slots holding names (prefixes left out), in the order of their keys' bytes: for prefix searches. */
    int[] nameSlotsByKey() {
        Integer[] slots = new Integer[names];
        int n = 0;
        for (int slot = 0; slot < keys.length && n < slots.length; slot++) {
            if (keys[slot] != EMPTY && isName(values[slot])) {
                slots[n++] = slot;
            }
        }
        Arrays.sort(slots, 0, n, (a, b) -> pool.compare(keys[a], keys[b]));
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = slots[i];
        }
        return sorted;
    }

    int capacity() {
        return keys.length;
    }

    boolean occupied(int slot) {
        return keys[slot] != EMPTY;
    }

    /** The key of an occupied slot, decoded: for writing a snapshot, not for lookups. */
    String key(int slot) {
        return pool.get(keys[slot]);
    }

    int compareKey(int slot, byte[] key) {
        return pool.compare(keys[slot], key);
    }

    boolean keyStartsWith(int slot, byte[] prefix) {
        return pool.startsWith(keys[slot], prefix);
    }

    boolean keyEquals(int slot, String key) {
        return pool.equalsAt(keys[slot], key);
    }

    Object value(int slot) {
        return values[slot];
    }

    /** Occupied slots, prefixes included. */
    int size() {
        return size;
    }

    /** Distinct names, prefixes not counted. */
    int names() {
        return names;
    }
}
