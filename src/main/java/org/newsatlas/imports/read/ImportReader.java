package org.newsatlas.imports.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns files, folders and zips into {@link ReadItem}s, one at a time, in the order found: the
 * kind of a file is told by its name. Whatever cannot be read becomes a rejected item with its
 * reason, and reading goes on with the next.
 */
public final class ImportReader {

    static final String KINDS = ".txt, .html, .htm, .pdf, .jsonl, .xml, .rss, .atom, .zip";

    private final ReadLimits limits;
    private final JsonLinesReader jsonLines;
    private final FeedFileReader feeds = new FeedFileReader();
    private final ZipReader zips = new ZipReader(this);

    public ImportReader(ReadLimits limits) {
        this.limits = limits;
        this.jsonLines = new JsonLinesReader(limits.maxLineChars());
    }

    /** A file or a folder (recursively); items are named from {@code displayName}. */
    public void read(Path path, String displayName, Consumer<ReadItem> sink) {
        if (Files.isDirectory(path)) {
            new FolderReader(this).read(path, displayName, sink);
        } else {
            readFile(path, displayName, sink);
        }
    }

    void readFile(Path file, String item, Consumer<ReadItem> sink) {
        try (InputStream in = Files.newInputStream(file)) {
            if (kind(item) == Kind.ZIP) {
                ZipBudget budget = ZipBudget.of(limits, in);
                try {
                    zips.read(item, budget.packedStream(), sink, 0, budget);
                } catch (ZipBudget.Exceeded exceeded) {
                    sink.accept(new ReadItem.Rejected(item, exceeded.getMessage()));
                }
            } else {
                readStream(item, item, in, sink, null);
            }
        } catch (IOException unreadable) {
            sink.accept(new ReadItem.Rejected(item, "could not be read: " + unreadable.getMessage()));
        }
    }

    /**
     * One file's content, a zip entry's or a file's; a broken zip cap propagates (it stops the
     * zip), other read errors too (the caller knows whether the file or the zip is to blame).
     */
    void readStream(String item, String fileName, InputStream in, Consumer<ReadItem> sink, ZipBudget budget)
            throws IOException {
        switch (kind(fileName)) {
            case DOCUMENT -> {
                Optional<byte[]> content = CappedBytes.read(in, limits.maxItemBytes());
                sink.accept(content.<ReadItem>map(bytes -> new ReadItem.Document(item, fileName, bytes, null, null, null))
                        .orElseGet(() -> tooLarge(item, limits.maxItemBytes())));
            }
            case JSON_LINES -> jsonLines.read(item, in, sink);
            case FEED -> {
                Optional<byte[]> content = CappedBytes.read(in, limits.maxFeedBytes());
                if (content.isPresent()) {
                    feeds.read(item, content.get(), sink);
                } else {
                    sink.accept(tooLarge(item, limits.maxFeedBytes()));
                }
            }
            case ZIP -> sink.accept(new ReadItem.Rejected(item, "a zip inside a zip inside a zip is not opened"));
            case OTHER -> sink.accept(new ReadItem.Rejected(item, "not a kind of file imported here (" + KINDS + ")"));
        }
    }

    private static ReadItem tooLarge(String item, long max) {
        return new ReadItem.Rejected(item, "larger than %s, the most one item may be".formatted(CappedBytes.megabytes(max)));
    }

    enum Kind { DOCUMENT, JSON_LINES, FEED, ZIP, OTHER }

    static Kind kind(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String suffix = dot < 0 ? "" : name.substring(dot);
        return switch (suffix) {
            case ".txt", ".text", ".html", ".htm", ".pdf" -> Kind.DOCUMENT;
            case ".jsonl", ".ndjson" -> Kind.JSON_LINES;
            case ".xml", ".rss", ".atom" -> Kind.FEED;
            case ".zip" -> Kind.ZIP;
            default -> Kind.OTHER;
        };
    }
}
