package org.newsatlas.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the dashboard keeps its index, and how often it looks for changes made by other processes
 * (an import on the command line) and writes its index to disk.
 *
 * @param indexDir where the index lives; unset means {@code dashboard-index} in the data directory,
 *                 {@value #IN_MEMORY} keeps it in memory only (tests)
 */
@ConfigurationProperties("newsatlas.dashboard")
record DashboardProperties(
        String indexDir,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("10s") Duration commitInterval) {

    static final String IN_MEMORY = ":memory:";
}
