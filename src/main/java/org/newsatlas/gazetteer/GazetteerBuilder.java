package org.newsatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    private final Map<Long, GazetteerEntry> entries = new LinkedHashMap<>();
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
        GazetteerEntry previous = entries.putIfAbsent(entry.geonameId(), entry);
        if (previous != null) {
            entries.put(entry.geonameId(), merged(previous, entry));
            duplicatesMerged++;
        }
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
        GazetteerEntry[] sorted = entries.values().toArray(GazetteerEntry[]::new);
        Arrays.sort(sorted, MOST_PROMINENT_FIRST);
        Map<String, List<GazetteerEntry>> names = new HashMap<>(sorted.length * 8);
        Map<String, GazetteerEntry> countries = new HashMap<>();
        Map<String, GazetteerEntry> divisions = new HashMap<>();
        int maxWords = 1;
        Set<String> keysOfEntry = new HashSet<>();
        for (GazetteerEntry entry : sorted) {
            keysOfEntry.clear();
            addKey(keysOfEntry, entry.name());
            addKey(keysOfEntry, entry.asciiName());
            for (String alternate : entry.alternateNames()) {
                addKey(keysOfEntry, alternate);
            }
            for (String key : keysOfEntry) {
                names.computeIfAbsent(key, k -> new ArrayList<>(1)).add(entry);
                maxWords = Math.max(maxWords, indexPrefixes(names, key));
            }
            if (entry.isCountry()) {
                countries.merge(entry.countryCode(), entry, GazetteerBuilder::preferIndependent);
            }
            if (entry.isFirstOrderDivision()) {
                divisions.putIfAbsent(InMemoryGazetteer.divisionKey(entry.countryCode(), entry.admin1Code()), entry);
            }
        }
        names.replaceAll((key, list) -> list.isEmpty() ? List.of() : List.copyOf(list));
        long distinctNames = names.values().stream().filter(list -> !list.isEmpty()).count();
        InMemoryGazetteer.IdIndex ids = InMemoryGazetteer.IdIndex.of(sorted);
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
        GazetteerStats stats = new GazetteerStats(sorted.length, (int) distinctNames, demonyms.size(),
                rowsRead, rowsSkipped, duplicatesMerged, unresolved, sources, missingSources);
        return new InMemoryGazetteer(names, ids, demonyms, countries, divisions,
                Math.min(maxWords, MAX_MATCH_WORDS), stats);
    }

    private static void addKey(Set<String> keys, String name) {
        String key = NameNormalizer.normalize(name);
        if (!key.isEmpty()) {
            keys.add(key);
        }
    }

    /**
     * Marks each word-boundary prefix of a multi-word key with an empty list, so a scan over
     * tokens knows when no longer name can follow and stops early. Returns the key's word count.
     */
    private static int indexPrefixes(Map<String, List<GazetteerEntry>> names, String key) {
        int words = 1;
        int space = key.indexOf(' ');
        while (space > 0) {
            if (words < MAX_MATCH_WORDS) {
                names.computeIfAbsent(key.substring(0, space), k -> new ArrayList<>(0));
            }
            words++;
            space = key.indexOf(' ', space + 1);
        }
        return words;
    }

    /** A country code can carry several PCL* rows (dependencies, historic); the sovereign one wins. */
    private static GazetteerEntry preferIndependent(GazetteerEntry current, GazetteerEntry candidate) {
        boolean currentIndependent = "PCLI".equals(current.featureCode());
        boolean candidateIndependent = "PCLI".equals(candidate.featureCode());
        return candidateIndependent && !currentIndependent ? candidate : current;
    }

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
