package org.newsatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects entries from any number of GeoNames files and demonym rows, then indexes them into an
 * {@link InMemoryGazetteer}. Not thread-safe; used once.
 */
public final class GazetteerBuilder {

    /** Longer names are still found by {@code lookup}, just not inside running text. */
    static final int MAX_MATCH_WORDS = 8;

    private static final Comparator<GazetteerEntry> MOST_PROMINENT_FIRST =
            Comparator.comparingLong(GazetteerEntry::population).reversed()
                    .thenComparingLong(GazetteerEntry::geonameId);

    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final List<Map.Entry<String, Long>> demonymRows = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> missingSources = new ArrayList<>();
    private long rowsRead;
    private long rowsSkipped;
    private long duplicatesMerged;

    GazetteerBuilder() {
    }

    /** Adds an entry; a geonameid seen before keeps its first row and gains the new names. */
    public GazetteerBuilder add(GazetteerEntry entry) {
        entries.add(entry);
        return this;
    }

    public GazetteerBuilder addDemonym(String demonym, long geonameId) {
        demonymRows.add(Map.entry(demonym, geonameId));
        return this;
    }

    GazetteerBuilder source(String name, GeoNamesReader.ReadResult result) {
        sources.add(name);
        rowsRead += result.rows();
        rowsSkipped += result.skipped();
        return this;
    }

    GazetteerBuilder missingSource(String name) {
        missingSources.add(name);
        return this;
    }

    public InMemoryGazetteer build() {
        GazetteerEntry[] byId = withoutDuplicateIds().toArray(GazetteerEntry[]::new);
        GazetteerEntry[] sorted = byId.clone();
        Arrays.sort(sorted, MOST_PROMINENT_FIRST);
        NameTable names = new NameTable(expectedNames(sorted));
        Map<String, GazetteerEntry> divisions = new HashMap<>();
        int maxWords = 1;
        for (GazetteerEntry entry : sorted) {
            maxWords = Math.max(maxWords, index(names, entry, entry.name()));
            // The reader hands over one instance when both are equal; skip the needless second pass.
            if (entry.asciiName() != entry.name()) {
                maxWords = Math.max(maxWords, index(names, entry, entry.asciiName()));
            }
            for (String alternate : entry.alternateNames()) {
                maxWords = Math.max(maxWords, index(names, entry, alternate));
            }
            if (entry.isFirstOrderDivision()) {
                divisions.putIfAbsent(InMemoryGazetteer.divisionKey(entry.countryCode(), entry.admin1Code()), entry);
            }
        }
        NameIndex index = names.freeze();
        IdIndex ids = IdIndex.of(byId);
        Map<String, List<GazetteerEntry>> demonyms = new HashMap<>();
        long unresolved = 0;
        for (Map.Entry<String, Long> row : demonymRows) {
            GazetteerEntry place = ids.get(row.getValue());
            String key = NameNormalizer.normalize(row.getKey());
            if (place == null || key.isEmpty()) {
                unresolved++;
            } else {
                demonyms.computeIfAbsent(key, k -> new ArrayList<>(1)).add(place);
            }
        }
        demonyms.replaceAll((key, list) -> List.copyOf(list));
        GazetteerStats stats = new GazetteerStats(sorted.length, index.names(), demonyms.size(),
                rowsRead, rowsSkipped, duplicatesMerged, unresolved, sources, missingSources);
        return new InMemoryGazetteer(index, Collections.unmodifiableList(Arrays.asList(sorted)), ids, demonyms,
                divisions, Math.min(maxWords, MAX_MATCH_WORDS), stats);
    }

    /** Names before normalisation merges some: sizes the table so it rarely has to grow. */
    private static int expectedNames(GazetteerEntry[] entries) {
        long names = 0;
        for (GazetteerEntry entry : entries) {
            names += 1 + entry.alternateNames().size();
        }
        return (int) Math.min(names, 1 << 29);
    }

    /** One entry per geonameid: the first row read, with the names of later rows added. */
    private List<GazetteerEntry> withoutDuplicateIds() {
        // A stable sort keeps rows with the same id in reading order; no boxed Long map needed.
        entries.sort(Comparator.comparingLong(GazetteerEntry::geonameId));
        List<GazetteerEntry> unique = new ArrayList<>(entries.size());
        for (GazetteerEntry entry : entries) {
            int last = unique.size() - 1;
            if (last >= 0 && unique.get(last).geonameId() == entry.geonameId()) {
                unique.set(last, merged(unique.get(last), entry));
                duplicatesMerged++;
            } else {
                unique.add(entry);
            }
        }
        entries.clear();
        return unique;
    }

    /** Indexes one name of an entry and the prefixes of it; returns its word count. */
    private static int index(NameTable names, GazetteerEntry entry, String name) {
        String key = NameNormalizer.normalize(name);
        if (key.isEmpty()) {
            return 0;
        }
        names.add(key, entry);
        return indexPrefixes(names, key);
    }

    /**
     * Marks each word-boundary prefix of a multi-word key, so a scan over
     * tokens knows when no longer name can follow and stops early. Returns the key's word count.
     */
    private static int indexPrefixes(NameTable names, String key) {
        int words = 1;
        int space = key.indexOf(' ');
        while (space > 0) {
            if (words < MAX_MATCH_WORDS) {
                names.addPrefix(key.substring(0, space));
            }
            words++;
            space = key.indexOf(' ', space + 1);
        }
        return words;
    }

    /** Keeps the first row's fields; the population is the larger, since dumps of different dates disagree. */
    private static GazetteerEntry merged(GazetteerEntry kept, GazetteerEntry other) {
        Set<String> names = new LinkedHashSet<>(kept.alternateNames());
        for (String name : List.of(other.name(), other.asciiName())) {
            if (!name.equals(kept.name()) && !name.equals(kept.asciiName())) {
                names.add(name);
            }
        }
        names.addAll(other.alternateNames());
        return new GazetteerEntry(kept.geonameId(), kept.name(), kept.asciiName(), new ArrayList<>(names),
                kept.latitude(), kept.longitude(), kept.featureClass(), kept.featureCode(), kept.countryCode(),
                kept.admin1Code(), kept.admin2Code(), Math.max(kept.population(), other.population()));
    }
}
