package org.newsatlas.places;

import java.util.List;

/**
 * A stored mention with its place's position; offsets are Java char offsets into the article text.
 * The alternatives are the geoparser's readings at ingestion, best first (at most five).
 */
public record PlacedMention(
        int start,
        int end,
        String name,
        long placeId,
        double lat,
        double lon,
        int sentenceStart,
        int sentenceEnd,
        long id,
        double confidence,
        MentionStatus status,
        List<Alternative> alternatives) {

    public PlacedMention {
        alternatives = List.copyOf(alternatives);
    }

    /** Low confidence, or two close readings that lie apart: worth a person's look. */
    public boolean doubtful() {
        return Doubt.low(confidence) || Doubt.uncertain(alternatives);
    }

    /** A mention as the reader needs it, without what corrections add. */
    public PlacedMention(int start, int end, String name, long placeId, double lat, double lon,
                         int sentenceStart, int sentenceEnd) {
        this(start, end, name, placeId, lat, lon, sentenceStart, sentenceEnd, 0, 1.0, MentionStatus.AUTO, List.of());
    }
}
