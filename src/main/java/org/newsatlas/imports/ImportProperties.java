package org.newsatlas.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bulk imports: the caps on what a file may unpack to, and how the work is spread.
 *
 * @param maxZipEntries    entries in one zip, the zips inside it included (default 100,000)
 * @param maxUnpackedBytes bytes one zip may unpack to (default 2 GB)
 * @param maxZipRatio      unpacked bytes per packed byte, once 8 MB are unpacked (default 100: news
 *                         text packs 3 to 10 times; zip bombs a thousand times and more)
 * @param maxFeedBytes     largest feed file, which is parsed whole (default 50 MB)
 * @param workers          threads reading articles for places; 0 means one per core
 * @param batchSize        articles stored per transaction (default 100: a commit costs about as
 *                         much as storing a few articles, and the batch stays small)
 * @param keptJobs         finished jobs whose results can still be asked for (default 50)
 */
@ConfigurationProperties("newsatlas.imports")
public record ImportProperties(
        @DefaultValue("100000") int maxZipEntries,
        @DefaultValue("2147483648") long maxUnpackedBytes,
        @DefaultValue("100") int maxZipRatio,
        @DefaultValue("52428800") long maxFeedBytes,
        @DefaultValue("0") int workers,
        @DefaultValue("100") int batchSize,
        @DefaultValue("50") int keptJobs) {

    int workerThreads() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }
}
