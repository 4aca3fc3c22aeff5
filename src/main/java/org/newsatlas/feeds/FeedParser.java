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

    /** Shorter "full text" than this is a teaser, and the page is fetched instead. */
    static final int MIN_FULL_TEXT_CHARS = 200;

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
            throw new FeedUnreadable("not a readable RSS or Atom feed: " + rootMessage(e));
        }
        List<FeedItem> items = feed.getEntries().stream().map(FeedParser::item).toList();
        return new ParsedFeed(blankToNull(feed.getTitle()), items);
    }

    private static FeedItem item(SyndEntry entry) {
        String link = blankToNull(entry.getLink());
        String key = Objects.requireNonNullElse(blankToNull(entry.getUri()), link);
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return new FeedItem(key, blankToNull(entry.getTitle()), link, date == null ? null : date.toInstant(),
                fullHtml(entry.getContents()));
    }

    /** content:encoded in RSS, content in Atom; the description is a summary and does not count. */
    private static String fullHtml(List<SyndContent> contents) {
        String html = contents.stream()
                .map(SyndContent::getValue)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        return html.strip().length() < MIN_FULL_TEXT_CHARS ? null : html;
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
