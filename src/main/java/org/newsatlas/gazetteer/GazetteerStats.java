package org.newsatlas.gazetteer;

import java.util.List;

/**
 * What went into a gazetteer: sizes, and the rows that were read, skipped as malformed, or merged
 * because several files carried the same geonameid. Logged at start-up and printed by the CLI.
 */
public record GazetteerStats(
        int entries,
        int distinctNames,
        int demonyms,
        long rowsRead,
        long rowsSkipped,
        long duplicatesMerged,
        long demonymsUnresolved,
        List<String> sources,
        List<String> missingSources) {

    public GazetteerStats {
        sources = List.copyOf(sources);
        missingSources = List.copyOf(missingSources);
    }
}
