package org.newsatlas.imports.read;

import java.time.Instant;

/**
 * One thing found in what is being imported, named so that a person can find it again
 * ({@code news.zip!/2020/a.html}, {@code export.jsonl line 17}).
 */
public sealed interface ReadItem {

    String item();

    /**
     * A document whose text is still to be extracted; {@code fileName} says what kind it is
     * (.txt, .html, .pdf). Title, date and source are null when the container did not say.
     */
    record Document(String item, String fileName, byte[] content, String title, Instant publishedAt, String source)
            implements ReadItem {
    }

    /** An article whose text is known already (a JSON line). */
    record Article(String item, String title, String text, Instant publishedAt, String source) implements ReadItem {
    }

    /** Something that cannot be imported, and why, in words for the person importing. */
    record Rejected(String item, String reason) implements ReadItem {
    }
}
