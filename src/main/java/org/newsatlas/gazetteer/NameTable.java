package org.newsatlas.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalised name -> entries, as an open-addressing hash table over two arrays. A HashMap holding
 * a List per name costs ~70 bytes a name in nodes and list objects; here it is ~16, which is most of
 * the difference between fitting allCountries in a few GB or not, and the build makes no garbage.
 *
 * <p>A slot's value is a {@link GazetteerEntry} (most names have one place), a list of them, or
 * {@link #PREFIX} for a key that is only the start of longer names. Filled by one thread, then
 * {@link #freeze() frozen} into the {@link NameIndex} lookups use.
 */
final class NameTable {

    /** Slot value of a key that is only the start of longer names. */
    static final Object PREFIX = new Object();

    private String[] keys;
    private Object[] values;
    private int size;
    private int names;

    NameTable(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1;
        keys = new String[capacity];
        values = new Object[capacity];
    }

    /**
     * Appends an entry to a name. Entries must arrive in the order lookups should return them, one
     * entry's names at a time: an entry added twice in a row to the same name is kept once.
     */
    @SuppressWarnings("unchecked")
    void add(String key, GazetteerEntry entry) {
        int slot = slot(key);
        Object value = values[slot];
        if (value == null) {
            occupy(slot, key, entry);
            names++;
        } else if (value == PREFIX) {
            values[slot] = entry;
            names++;
        } else if (value instanceof GazetteerEntry single) {
            if (single != entry) {
                List<GazetteerEntry> list = new ArrayList<>(2);
                list.add(single);
                list.add(entry);
                values[slot] = list;
            }
        } else {
            List<GazetteerEntry> list = (List<GazetteerEntry>) value;
            if (list.get(list.size() - 1) != entry) {
                list.add(entry);
            }
        }
    }

    /** Records that longer names start with this key, unless it is already known. */
    void addPrefix(String key) {
        int slot = slot(key);
        if (values[slot] == null) {
            occupy(slot, key, PREFIX);
        }
    }

    /**
     * The finished table: growable lists replaced with immutable ones, the keys moved into one
     * {@link TextPool}, the slots left where they are. This table is not to be used afterwards.
     */
    @SuppressWarnings("unchecked")
    NameIndex freeze() {
        List<String> text = new ArrayList<>(size);
        int[] ids = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (values[i] instanceof ArrayList<?> list) {
                values[i] = List.copyOf((List<GazetteerEntry>) list);
            }
            if (keys[i] == null) {
                ids[i] = NameIndex.EMPTY;
            } else {
                ids[i] = text.size();
                text.add(keys[i]);
            }
        }
        return new NameIndex(TextPool.of(text), ids, values, size, names);
    }

    /** The entries of a name; empty when the key is unknown or only a prefix. */
    List<GazetteerEntry> get(String key) {
        return entriesOf(find(key));
    }

    /**
     * The raw slot value: null when nothing starts with this key, else something to pass to
     * {@link #isName} and {@link #entriesOf}. Lets a token scan probe without allocating.
     */
    Object find(String key) {
        return values[slot(key)];
    }

    static boolean isName(Object value) {
        return value != null && value != PREFIX;
    }

    @SuppressWarnings("unchecked")
    static List<GazetteerEntry> entriesOf(Object value) {
        if (value instanceof GazetteerEntry single) {
            return List.of(single);
        }
        if (value == null || value == PREFIX) {
            return List.of();
        }
        return (List<GazetteerEntry>) value;
    }

    /** Occupied slots, prefixes included. */
    int size() {
        return size;
    }

    /** Distinct names, prefixes not counted. */
    int names() {
        return names;
    }

    private void occupy(int slot, String key, Object value) {
        keys[slot] = key;
        values[slot] = value;
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    private int slot(String key) {
        int mask = keys.length - 1;
        int h = key.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        while (true) {
            String existing = keys[slot];
            if (existing == null || existing.equals(key)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
