package org.newsatlas.feeds;

import java.util.List;

/** A feed's title and items, in the feed's order. */
public record ParsedFeed(String title, List<FeedItem> items) {
}
