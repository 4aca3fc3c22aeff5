package org.newsatlas.fetch;

import java.util.Locale;
import java.util.Set;

/** What the caller expects to get; a response of another media type is refused before its body is read. */
public enum ContentKind {

    /** RSS and Atom are served under many XML types, and by some servers as plain text. */
    FEED("a feed", Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
            "text/xml", "text/plain")),
    PAGE("a web page", Set.of("text/html", "application/xhtml+xml"));

    private final String description;
    private final Set<String> mediaTypes;

    ContentKind(String description, Set<String> mediaTypes) {
        this.description = description;
        this.mediaTypes = mediaTypes;
    }

    /** The bare media type ({@code text/html; charset=utf-8} is {@code text/html}), lower case. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    boolean accepts(String mediaType) {
        return mediaTypes.contains(mediaType);
    }

    String description() {
        return description;
    }
}
