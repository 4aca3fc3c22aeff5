package org.newsatlas.ingestion;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on what may be ingested, and whether a new installation gets the sample article.
 *
 * @param maxTextChars  longest article text, in chars (default one million: about 1 MB)
 * @param maxFileBytes  largest uploaded file (default 5 MB: HTML carries a lot of markup)
 * @param sampleArticle load the bundled sample article into an empty database (off for a
 *                      database that should hold only what was put in it: benchmarks, some tests)
 * @param geoparseTime  longest a single article may take to be read for places before it is
 *                      refused (default 10 s; realistic articles take well under a second)
 * @param maxPdfPages   a PDF with more pages is refused before its text is read (default 500:
 *                      an article is a few pages; thousands of pages is a book or an attack)
 */
@ConfigurationProperties("newsatlas.ingestion")
public record IngestionProperties(
        @DefaultValue("1000000") int maxTextChars,
        @DefaultValue("5242880") long maxFileBytes,
        @DefaultValue("true") boolean sampleArticle,
        @DefaultValue("10s") Duration geoparseTime,
        @DefaultValue("500") int maxPdfPages) {

    public static IngestionProperties defaults() {
        return new IngestionProperties(1_000_000, 5_242_880L, true, Duration.ofSeconds(10), 500);
    }
}
