package org.newsatlas.fetch;

import java.net.URI;

/** What a fetch brought back: the address it ended at (after redirects), its media type and body. */
public record Fetched(URI uri, String mediaType, byte[] body) {
}
