package org.newsatlas.articles;

import java.time.Instant;

/** An article about to be stored; source and publishedAt may be null. */
public record NewArticle(String title, String text, String source, Instant publishedAt, Instant ingestedAt) {
}
