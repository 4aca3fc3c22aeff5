package org.newsatlas.corrections;

import org.newsatlas.places.MentionStatus;

/** How a mention reads: the place (our id; null when it is not a place) and how it came to. */
record Reading(Long placeId, MentionStatus status) {
}
