package org.newsatlas.articles;

import java.time.Instant;

/**
 * An article about to be stored; source, publishedAt and language may be null (a null language is
 * detected at the next start).
 */
public record NewArticle(String title, String text, String source, Instant publishedAt, Instant ingestedAt,
                         String language) {

    public NewArticle(String title, String text, String source, Instant publishedAt, Instant ingestedAt) {
        this(title, text, source, publishedAt, ingestedAt, null);
    }
}
