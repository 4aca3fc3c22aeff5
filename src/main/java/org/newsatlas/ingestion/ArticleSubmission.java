package org.newsatlas.ingestion;

import java.time.Instant;

/** An article someone sent us; title, date and source may be missing. */
public record ArticleSubmission(String title, String text, Instant publishedAt, String source) {

    public static ArticleSubmission of(String title, String text) {
        return new ArticleSubmission(title, text, null, null);
    }
}
