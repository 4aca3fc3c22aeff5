package org.newsatlas.articles;

import java.time.Instant;

/**
 * A stored article. The text is untrusted: it is shown as text, never as markup. The language is an
 * ISO 639-1 code, "und" when undetermined, null until detected.
 */
public record Article(long id, String title, String text, String source, Instant publishedAt, Instant ingestedAt,
                      String language) {
}
