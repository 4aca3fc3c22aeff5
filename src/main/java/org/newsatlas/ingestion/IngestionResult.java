package org.newsatlas.ingestion;

/** What became of a submission: a new article, or the existing one with the same text. */
public record IngestionResult(long articleId, String title, boolean duplicate, int mentionCount, int placeCount) {
}
