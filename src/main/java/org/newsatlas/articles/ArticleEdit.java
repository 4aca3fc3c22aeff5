package org.newsatlas.articles;

import java.time.Instant;

/** What to change about an article; null leaves a field as it is, an empty source clears it. */
public record ArticleEdit(String title, Instant publishedAt, String source) {
}
