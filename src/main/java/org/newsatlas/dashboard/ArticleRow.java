package org.newsatlas.dashboard;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the article list. */
public record ArticleRow(long id, String title, Instant publishedAt, LocalDate day, String source, String language,
                         int placeCount, int mentionCount) {
}
