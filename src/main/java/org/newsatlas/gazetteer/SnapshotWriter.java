package org.newsatlas.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a built gazetteer as a snapshot that {@link SnapshotReader} turns back into the same
 * gazetteer without parsing or normalising a name. Layout, after the header (magic, format,
 * fingerprint): every distinct string once; the entries most prominent first, their strings as
 * indexes into that list; the id order; the name table slot by slot as it sits in memory; the
 * demonyms sorted by key; the stats; the magic again, so a truncated file is noticed.
 *
 * <p>Nothing here depends on hash-map iteration order or the clock: the same gazetteer gives the
 * same bytes.
 */
final class SnapshotWriter {

    static final int MAGIC = 0x4E41475A;
    /** Raise on any change of the layout; an old snapshot then counts as stale. */
    static final int FORMAT = 1;

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
        out.int32(MAGIC);
        out.int32(FORMAT);
        out.raw(fingerprint);
        out.varint(stringOrder.size());
        for (String value : stringOrder) {
            out.text(value);
        }
        out.varint(entries.size());
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
        return out.toByteArray();
    }

    private void collectStrings(InMemoryGazetteer gazetteer, List<String> demonymKeys) {
        for (GazetteerEntry entry : gazetteer.entries()) {
            List.of(entry.name(), entry.asciiName(), entry.featureClass(), entry.featureCode(), entry.countryCode(),
                    entry.admin1Code(), entry.admin2Code()).forEach(this::string);
            entry.alternateNames().forEach(this::string);
        }
        for (String key : gazetteer.names().keySlots()) {
            if (key != null) {
                string(key);
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
    private void writeNames(SnapshotOutput out, NameTable names) {
        String[] keys = names.keySlots();
        Object[] values = names.valueSlots();
        out.varint(keys.length);
        out.varint(names.size());
        out.varint(names.names());
        int last = -1;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != null) {
                out.varint(slot - last);
                out.varint(strings.get(keys[slot]));
                writeEntries(out, NameTable.entriesOf(values[slot]));
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
