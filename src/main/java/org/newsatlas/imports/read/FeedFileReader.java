package org.newsatlas.imports.read;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.newsatlas.feeds.FeedItem;
import org.newsatlas.feeds.FeedParser;
import org.newsatlas.feeds.FeedUnreadable;
import org.newsatlas.feeds.ParsedFeed;

/**
 * RSS and Atom files, read by the feeds' own parser (which refuses a DOCTYPE, so no external
 * entity is read and no entity expanded). An item that carries its text ({@code content:encoded},
 * Atom {@code content}) becomes a document; an item with only a link and a summary has no text
 * here and is rejected, since a file import fetches nothing.
 */
final class FeedFileReader {

    static final String ONLY_A_LINK = "item has no text (only a link)";

    void read(String name, byte[] content, Consumer<ReadItem> sink) {
        ParsedFeed feed;
        try {
            feed = FeedParser.parse(content);
        } catch (FeedUnreadable e) {
            sink.accept(new ReadItem.Rejected(name, e.getMessage()));
            return;
        }
        List<FeedItem> items = feed.items();
        if (items.isEmpty()) {
            sink.accept(new ReadItem.Rejected(name, "the feed has no items"));
        }
        for (int i = 0; i < items.size(); i++) {
            FeedItem entry = items.get(i);
            String item = "%s item %d%s".formatted(name, i + 1, entry.title() == null ? "" : " (" + entry.title() + ")");
            if (entry.content() == null) {
                sink.accept(new ReadItem.Rejected(item, ONLY_A_LINK));
                continue;
            }
            sink.accept(new ReadItem.Document(item, entry.plainText() ? "item.txt" : "item.html",
                    entry.content().getBytes(StandardCharsets.UTF_8), entry.title(), entry.publishedAt(), feed.title()));
        }
    }
}
