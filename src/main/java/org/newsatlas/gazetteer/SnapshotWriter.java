package org.newsatlas.gazetteer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a built gazetteer as a snapshot that {@link SnapshotReader} turns back into the same
 * gazetteer without parsing or normalising a name. Layout, after the header (magic, format,
 * fingerprint, length of the rest): every distinct string once, as their UTF-8 lengths and then
 * all their bytes in one run (the reader keeps that run as the {@link TextPool} the keys and
 * alternate names live in); how many entries and alternate names; the entries most prominent
 * first, their strings as indexes into that list; the id order; the name table slot by slot as it
 * sits in memory; the demonyms sorted by key; the stats; the magic again, so a truncated file is
 * noticed.
 *
 * <p>Nothing here depends on hash-map iteration order or the clock: the same gazetteer gives the
 * same bytes.
 */
final class SnapshotWriter {

    static final int MAGIC = 0x4E41475A;
    /** Raise on any change of the layout; an old snapshot then counts as stale. */
    static final int FORMAT = 2;

    private final Map<String, Integer> strings = new HashMap<>();
    private final List<String> stringOrder = new ArrayList<>();
    private final Map<GazetteerEntry, Integer> positions = new IdentityHashMap<>();

    private SnapshotWriter() {
    }

    static byte[] write(InMemoryGazetteer gazetteer, byte[] fingerprint) {
        return new SnapshotWriter().bytes(gazetteer, fingerprint);
    }

    private byte[] bytes(InMemoryGazetteer gazetteer, byte[] fingerprint) {
        List<GazetteerEntry> entries = gazetteer.entries();
        List<String> demonymKeys = new ArrayList<>(gazetteer.demonymTable().keySet());
        demonymKeys.sort(Comparator.naturalOrder());
        collectStrings(gazetteer, demonymKeys);

        SnapshotOutput out = new SnapshotOutput();
        writeStrings(out);
        out.varint(entries.size());
        out.varint(entries.stream().mapToLong(entry -> entry.alternateNames().size()).sum());
        for (int i = 0; i < entries.size(); i++) {
            positions.put(entries.get(i), i);
            writeEntry(out, entries.get(i));
        }
        List<GazetteerEntry> byId = new ArrayList<>(entries);
        byId.sort(Comparator.comparingLong(GazetteerEntry::geonameId));
        for (GazetteerEntry entry : byId) {
            out.varint(positions.get(entry));
        }
        writeNames(out, gazetteer.names());
        out.varint(gazetteer.maxWords());
        out.varint(demonymKeys.size());
        for (String key : demonymKeys) {
            out.varint(strings.get(key));
            writeEntries(out, gazetteer.demonymTable().get(key));
        }
        writeStats(out, gazetteer.stats());
        out.int32(MAGIC);
        byte[] body = out.toByteArray();

        SnapshotOutput header = new SnapshotOutput();
        header.int32(MAGIC);
        header.int32(FORMAT);
        header.raw(fingerprint);
        header.int64(body.length);
        header.raw(body);
        return header.toByteArray();
    }

    private void writeStrings(SnapshotOutput out) {
        List<byte[]> utf8 = new ArrayList<>(stringOrder.size());
        long total = 0;
        for (String value : stringOrder) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            utf8.add(bytes);
            total += bytes.length;
        }
        out.varint(utf8.size());
        out.varint(total);
        for (byte[] bytes : utf8) {
            out.varint(bytes.length);
        }
        utf8.forEach(out::raw);
    }

    private void collectStrings(InMemoryGazetteer gazetteer, List<String> demonymKeys) {
        for (GazetteerEntry entry : gazetteer.entries()) {
            List.of(entry.name(), entry.asciiName(), entry.featureClass(), entry.featureCode(), entry.countryCode(),
                    entry.admin1Code(), entry.admin2Code()).forEach(this::string);
            entry.alternateNames().forEach(this::string);
        }
        NameIndex names = gazetteer.names();
        for (int slot = 0; slot < names.capacity(); slot++) {
            if (names.occupied(slot)) {
                string(names.key(slot));
            }
        }
        demonymKeys.forEach(this::string);
        gazetteer.stats().sources().forEach(this::string);
        gazetteer.stats().missingSources().forEach(this::string);
    }

    private int string(String value) {
        return strings.computeIfAbsent(value, v -> {
            stringOrder.add(v);
            return stringOrder.size() - 1;
        });
    }

    private void writeEntry(SnapshotOutput out, GazetteerEntry entry) {
        out.varint(entry.geonameId());
        out.varint(strings.get(entry.name()));
        out.varint(strings.get(entry.asciiName()));
        out.varint(entry.alternateNames().size());
        for (String alternate : entry.alternateNames()) {
            out.varint(strings.get(alternate));
        }
        out.float64(entry.latitude());
        out.float64(entry.longitude());
        for (String code : List.of(entry.featureClass(), entry.featureCode(), entry.countryCode(),
                entry.admin1Code(), entry.admin2Code())) {
            out.varint(strings.get(code));
        }
        out.varint(entry.population());
    }

    /** Occupied slots only, each as the gap from the last one, so the reader rebuilds the same table. */
    private void writeNames(SnapshotOutput out, NameIndex names) {
        out.varint(names.capacity());
        out.varint(names.size());
        out.varint(names.names());
        int last = -1;
        for (int slot = 0; slot < names.capacity(); slot++) {
            if (names.occupied(slot)) {
                out.varint(slot - last);
                out.varint(strings.get(names.key(slot)));
                writeEntries(out, NameIndex.entriesOf(names.value(slot)));
                last = slot;
            }
        }
    }

    /** A count and the positions; a prefix mark is the empty list (a name always has an entry). */
    private void writeEntries(SnapshotOutput out, List<GazetteerEntry> entries) {
        out.varint(entries.size());
        for (GazetteerEntry entry : entries) {
            out.varint(positions.get(entry));
        }
    }

    private void writeStats(SnapshotOutput out, GazetteerStats stats) {
        for (long count : new long[] {stats.entries(), stats.distinctNames(), stats.demonyms(), stats.rowsRead(),
                stats.rowsSkipped(), stats.duplicatesMerged(), stats.demonymsUnresolved()}) {
            out.varint(count);
        }
        for (List<String> list : List.of(stats.sources(), stats.missingSources())) {
            out.varint(list.size());
            for (String source : list) {
                out.varint(strings.get(source));
            }
        }
    }
}
