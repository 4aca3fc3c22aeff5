package org.newsatlas.articles;

import java.time.Instant;

/** An article about to be stored; contentHash identifies its text. */
public record NewArticle(String title, String text, String source, Instant publishedAt, Instant ingestedAt,
                         String contentHash) {
}
