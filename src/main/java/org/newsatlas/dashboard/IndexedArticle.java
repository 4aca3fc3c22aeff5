package org.newsatlas.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One article as the dashboard index holds it: what the lists show, what the filters test, and its
 * mentions.
 *
 * @param day the published day, or the ingest day for an article without a date (UTC)
 */
public record IndexedArticle(
        long id,
        String title,
        String text,
        String source,
        String language,
        Instant publishedAt,
        LocalDate day,
        List<IndexedMention> mentions) {

    public IndexedArticle {
        mentions = List.copyOf(mentions);
    }

    public int placeCount() {
        return (int) mentions.stream().mapToLong(IndexedMention::placeId).distinct().count();
    }
}
