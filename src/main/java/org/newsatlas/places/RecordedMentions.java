package org.newsatlas.places;

/** How many mentions were stored for an article, and of how many distinct places. */
public record RecordedMentions(int mentionCount, int placeCount) {
}
