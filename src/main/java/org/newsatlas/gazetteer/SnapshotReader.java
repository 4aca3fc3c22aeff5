package org.newsatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a snapshot written by {@link SnapshotWriter} back into the gazetteer it was written from:
 * one pass over the bytes; the strings stay in the snapshot's own run of UTF-8 ({@link TextPool}),
 * where the name table's keys and the entries' alternate names are used as they are; the strings
 * an entry holds as fields are made once each and shared by every entry that uses them; the name
 * table is restored slot by slot, so no name is normalised or hashed at load.
 */
final class SnapshotReader {

    private final SnapshotInput in;
    private TextPool pool;
    /** The pool's strings made into Strings so far, by number. */
    private String[] strings;
    private GazetteerEntry[] entries;
    private int[] alternates;
    private int alternatesRead;

    private SnapshotReader(SnapshotInput in) {
        this.in = in;
    }

    /** Why this snapshot does not fit, or null when it was written in this format from these sources. */
    static String mismatch(SnapshotInput in, byte[] fingerprint) {
        if (in.int32() != SnapshotWriter.MAGIC) {
            return "not a gazetteer snapshot";
        }
        int format = in.int32();
        if (format != SnapshotWriter.FORMAT) {
            return "format " + format + ", this code reads format " + SnapshotWriter.FORMAT;
        }
        if (!Arrays.equals(in.raw(SnapshotFingerprint.LENGTH), fingerprint)) {
            return "written from other gazetteer files or other indexing code";
        }
        return null;
    }

    /** The rest of a snapshot whose header {@link #mismatch} accepted. */
    static InMemoryGazetteer body(SnapshotInput in) {
        return new SnapshotReader(in).read();
    }

    private InMemoryGazetteer read() {
        in.endsAfter(in.int64());
        pool = pool();
        strings = new String[pool.size()];
        entries = new GazetteerEntry[in.count()];
        alternates = new int[in.count()];
        Map<String, GazetteerEntry> divisions = new HashMap<>();
        for (int i = 0; i < entries.length; i++) {
            GazetteerEntry entry = entry();
            entries[i] = entry;
            if (entry.isFirstOrderDivision()) {
                divisions.putIfAbsent(InMemoryGazetteer.divisionKey(entry.countryCode(), entry.admin1Code()), entry);
            }
        }
        IdIndex ids = IdIndex.of(byId());
        NameIndex names = names();
        int maxWords = in.varint(GazetteerBuilder.MAX_MATCH_WORDS);
        int demonymCount = in.count();
        Map<String, List<GazetteerEntry>> demonyms = new HashMap<>(demonymCount * 2);
        for (int i = 0; i < demonymCount; i++) {
            demonyms.put(string(), entryList());
        }
        GazetteerStats stats = stats();
        if (in.int32() != SnapshotWriter.MAGIC || !in.atEnd() || alternatesRead != alternates.length) {
            throw new IllegalStateException("snapshot does not end where its contents do");
        }
        return new InMemoryGazetteer(names, Collections.unmodifiableList(Arrays.asList(entries)), ids, demonyms,
                divisions, maxWords, stats);
    }

    private GazetteerEntry entry() {
        long id = in.varlong();
        String name = string();
        String ascii = string();
        List<String> alternateNames = alternateNames(in.varint(alternates.length - alternatesRead));
        double latitude = in.float64();
        double longitude = in.float64();
        return new GazetteerEntry(id, name, ascii, alternateNames, latitude, longitude,
                string(), string(), string(), string(), string(), in.varlong());
    }

    /** The strings' lengths, then all their bytes in one run. */
    private TextPool pool() {
        int count = in.count();
        int total = in.count();
        int[] starts = new int[count + 1];
        for (int i = 0; i < count; i++) {
            starts[i + 1] = starts[i] + in.varint(total - starts[i]);
        }
        if (starts[count] != total) {
            throw new IllegalStateException("string lengths add up to " + starts[count] + ", not " + total);
        }
        return new TextPool(in.raw(total), starts);
    }

    private List<String> alternateNames(int count) {
        int from = alternatesRead;
        for (int i = 0; i < count; i++) {
            alternates[alternatesRead++] = in.varint(pool.size() - 1);
        }
        return pool.list(alternates, from, alternatesRead);
    }

    /** Entries in id order, checked to be strictly ascending: the id index searches them by halves. */
    private GazetteerEntry[] byId() {
        GazetteerEntry[] byId = new GazetteerEntry[entries.length];
        for (int i = 0; i < byId.length; i++) {
            byId[i] = entries[in.varint(entries.length - 1)];
            if (i > 0 && byId[i - 1].geonameId() >= byId[i].geonameId()) {
                throw new IllegalStateException("id order broken at " + i);
            }
        }
        return byId;
    }

    private NameIndex names() {
        int capacity = in.varint(1 << 30);
        int size = in.count();
        if (Integer.bitCount(capacity) != 1 || size * 2 > capacity) {
            throw new IllegalStateException("name table of " + capacity + " slots cannot hold " + size);
        }
        int names = in.varint(size);
        int[] keys = new int[capacity];
        Arrays.fill(keys, NameIndex.EMPTY);
        Object[] values = new Object[capacity];
        int slot = -1;
        for (int i = 0; i < size; i++) {
            slot += in.varint(capacity - 1 - slot);
            keys[slot] = in.varint(pool.size() - 1);
            int count = in.count();
            values[slot] = switch (count) {
                case 0 -> NameIndex.PREFIX;
                case 1 -> entries[in.varint(entries.length - 1)];
                default -> entries(count);
            };
        }
        return new NameIndex(pool, keys, values, size, names);
    }

    private List<GazetteerEntry> entryList() {
        return entries(in.count());
    }

    private List<GazetteerEntry> entries(int count) {
        GazetteerEntry[] list = new GazetteerEntry[count];
        for (int i = 0; i < count; i++) {
            list[i] = entries[in.varint(entries.length - 1)];
        }
        return List.of(list);
    }

    private GazetteerStats stats() {
        long[] counts = new long[7];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = in.varlong();
        }
        List<List<String>> lists = new ArrayList<>(2);
        for (int list = 0; list < 2; list++) {
            String[] sources = new String[in.count()];
            for (int i = 0; i < sources.length; i++) {
                sources[i] = string();
            }
            lists.add(List.of(sources));
        }
        return new GazetteerStats((int) counts[0], (int) counts[1], (int) counts[2], counts[3], counts[4], counts[5],
                counts[6], lists.get(0), lists.get(1));
    }

    private String string() {
        int i = in.varint(strings.length - 1);
        String value = strings[i];
        if (value == null) {
            value = pool.get(i);
            strings[i] = value;
        }
        return value;
    }
}
