package org.newsatlas.places;

/** A mention that still reads as the geoparser read it and has a place: one the review queue can offer. */
public record OpenMention(long mentionId, long articleId, String surfaceName, int start, int end) {
}
