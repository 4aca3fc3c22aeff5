package org.newsatlas.articles;

/** A stored article's id and title. */
public record StoredTitle(long id, String title) {
}
