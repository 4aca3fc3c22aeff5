package org.newsatlas.dashboard;

/**
 * How often one place is mentioned under a filter, in how many articles, and how many of those
 * mentions are in doubt.
 */
public record PlaceCount(long placeId, int mentions, int articles, int doubtful) {

    public PlaceCount(long placeId, int mentions, int articles) {
        this(placeId, mentions, articles, 0);
    }
}
