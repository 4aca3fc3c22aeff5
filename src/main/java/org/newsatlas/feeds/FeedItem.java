package org.newsatlas.feeds;

import java.time.Instant;

/**
 * One item of a feed. {@code fullHtml} is the item's own full text ({@code content:encoded}, Atom
 * {@code content}) as markup, or null when only a summary came with it and the page must be fetched.
 *
 * @param key the item's identity across polls: its guid, else its link
 */
public record FeedItem(String key, String title, String link, Instant publishedAt, String fullHtml) {
}
