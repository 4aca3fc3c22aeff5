package org.newsatlas.imports.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.xml.sax.InputSource;

/**
 * RSS and Atom files, through Rome (the one class that knows Rome). An item that carries its full
 * text ({@code content:encoded}, Atom {@code content}) becomes a document; an item with only a link
 * and a summary has no text here and is rejected, since a file import fetches nothing. A feed with a
 * DOCTYPE is refused whole: no external entity is read, no entity is expanded.
 */
final class FeedFileReader {

    static final String ONLY_A_LINK = "item has no text (only a link)";

    void read(String name, byte[] content, Consumer<ReadItem> sink) {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(false);
        SyndFeed feed;
        try {
            feed = input.build(new InputSource(new ByteArrayInputStream(content)));
        } catch (FeedException | IllegalArgumentException e) {
            String reason = String.valueOf(e.getMessage()).contains("DOCTYPE")
                    ? "not imported: the feed declares a DOCTYPE (entities are never expanded or fetched)"
                    : "not a readable RSS or Atom feed";
            sink.accept(new ReadItem.Rejected(name, reason));
            return;
        }
        String source = blankToNull(feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.accept(new ReadItem.Rejected(name, "the feed has no items"));
        }
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String title = blankToNull(entry.getTitle());
            String item = "%s item %d%s".formatted(name, i + 1, title == null ? "" : " (" + title + ")");
            List<SyndContent> contents = entry.getContents().stream()
                    .filter(part -> part.getValue() != null && !part.getValue().isBlank())
                    .toList();
            if (contents.isEmpty()) {
                sink.accept(new ReadItem.Rejected(item, ONLY_A_LINK));
                continue;
            }
            boolean plain = contents.stream().allMatch(part -> "text".equalsIgnoreCase(part.getType())
                    || "text/plain".equalsIgnoreCase(part.getType()));
            String body = contents.stream().map(SyndContent::getValue).collect(Collectors.joining("\n\n"));
            Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            sink.accept(new ReadItem.Document(item, plain ? "item.txt" : "item.html",
                    body.getBytes(StandardCharsets.UTF_8), title, published == null ? null : published.toInstant(),
                    source));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
