package org.newsatlas.articles;

import java.time.Instant;

/** A stored article. The text is untrusted: it is shown as text, never as markup. */
public record Article(long id, String title, String text, String source, Instant publishedAt, Instant ingestedAt) {
}
