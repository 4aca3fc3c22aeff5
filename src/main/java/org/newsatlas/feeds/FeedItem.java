package org.newsatlas.feeds;

import java.time.Instant;

/**
 * One item of a feed, with its own content ({@code content:encoded} in RSS, {@code content} in
 * Atom; the description is a summary and does not count), or null when it came without any.
 *
 * @param key the item's identity across polls: its guid, else its link
 * @param plainText whether the content is plain text rather than markup
 */
public record FeedItem(String key, String title, String link, Instant publishedAt, String content,
                       boolean plainText) {

    /** Shorter "full text" than this is a teaser: a poll fetches the page instead. */
    static final int MIN_FULL_TEXT_CHARS = 200;

    /** Whether the item carries its whole text, so that a poll need not fetch its page. */
    public boolean hasFullText() {
        return content != null && content.strip().length() >= MIN_FULL_TEXT_CHARS;
    }
}
