package org.newsatlas.dashboard;

/** How often one place is mentioned under a filter, and in how many articles. */
public record PlaceCount(long placeId, int mentions, int articles) {
}
