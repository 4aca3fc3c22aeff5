package org.newsatlas.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the dashboard keeps its index, how often it looks for changes made by other processes
 * (an import on the command line) and writes its index to disk, and how many filters' counts it
 * keeps at hand.
 *
 * @param indexDir  where the index lives; unset means {@code dashboard-index} in the data directory,
 *                  {@value #IN_MEMORY} keeps it in memory only (tests)
 * @param cacheSize how many filters' counts are kept until the index changes (the map, the tables
 *                  and the totals ask for the same filter at once); 0 counts every time (benchmarks)
 * @param indexing  false: this process never follows the change log into the index (the import
 *                  command, which shares the database with the app and leaves the index to it)
 */
@ConfigurationProperties("newsatlas.dashboard")
record DashboardProperties(
        String indexDir,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("10s") Duration commitInterval,
        @DefaultValue("32") int cacheSize,
        @DefaultValue("true") boolean indexing) {

    static final String IN_MEMORY = ":memory:";
}
