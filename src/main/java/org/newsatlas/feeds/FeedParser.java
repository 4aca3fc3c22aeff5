package org.newsatlas.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xml.sax.InputSource;

/**
 * RSS 2.0, RSS 1.0 and Atom through Rome: bytes in, the feed's title and items out. Document type
 * declarations are refused outright ({@link SyndFeedInput#setAllowDoctypes}), which rules out external
 * entities (XXE) and entity expansion ("billion laughs") alike; news feeds have no use for a DTD.
 */
public final class FeedParser {

    private FeedParser() {
    }

    public static ParsedFeed parse(byte[] content) {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(false);
        SyndFeed feed;
        try {
            feed = input.build(new InputSource(new ByteArrayInputStream(content)));
        } catch (FeedException | IllegalArgumentException e) {
            String reason = rootMessage(e);
            throw new FeedUnreadable(reason.contains("DOCTYPE")
                    ? "refused: the feed declares a DOCTYPE (entities are never expanded or fetched)"
                    : "not a readable RSS or Atom feed: " + reason);
        }
        List<FeedItem> items = feed.getEntries().stream().map(FeedParser::item).toList();
        return new ParsedFeed(blankToNull(feed.getTitle()), items);
    }

    private static FeedItem item(SyndEntry entry) {
        String link = blankToNull(entry.getLink());
        String key = Objects.requireNonNullElse(blankToNull(entry.getUri()), link);
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        List<SyndContent> contents = entry.getContents().stream()
                .filter(part -> part.getValue() != null && !part.getValue().isBlank())
                .toList();
        String content = contents.isEmpty() ? null
                : contents.stream().map(SyndContent::getValue).collect(Collectors.joining("\n\n"));
        boolean plain = !contents.isEmpty() && contents.stream().allMatch(part -> "text".equalsIgnoreCase(part.getType())
                || "text/plain".equalsIgnoreCase(part.getType()));
        return new FeedItem(key, blankToNull(entry.getTitle()), link, date == null ? null : date.toInstant(),
                content, plain);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String rootMessage(Throwable e) {
        return Stream.iterate(e, Objects::nonNull, Throwable::getCause)
                .reduce((first, second) -> second)
                .map(Throwable::getMessage)
                .orElse("unknown error");
    }
}
