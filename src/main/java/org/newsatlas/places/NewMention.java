package org.newsatlas.places;

import java.util.List;
import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * A place name found in an article, about to be stored with the place it was resolved to.
 * Offsets are Java char offsets into the article text, end exclusive; the sentence offsets bound
 * the sentence that holds it.
 *
 * @param admin1Name the name of the first-order division the place lies in ("Illinois"), or null
 * @param place null only with {@link MentionStatus#NOT_A_PLACE}
 * @param alternatives the geoparser's readings, best first
 */
public record NewMention(
        GazetteerEntry place,
        String admin1Name,
        int start,
        int end,
        String surfaceName,
        int sentenceStart,
        int sentenceEnd,
        double confidence,
        MentionStatus status,
        List<Alternative> alternatives) {

    public NewMention {
        alternatives = List.copyOf(alternatives);
        if (place == null && status != MentionStatus.NOT_A_PLACE) {
            throw new IllegalArgumentException("only a mention that is not a place has no place");
        }
    }

    /** The geoparser's reading with no alternatives kept. */
    public NewMention(GazetteerEntry place, String admin1Name, int start, int end, String surfaceName,
                      int sentenceStart, int sentenceEnd, double confidence) {
        this(place, admin1Name, start, end, surfaceName, sentenceStart, sentenceEnd, confidence, MentionStatus.AUTO,
                List.of());
    }

    /** The same mention read as another place (null: as no place) with another status. */
    public NewMention withReading(GazetteerEntry newPlace, String newAdmin1Name, MentionStatus newStatus) {
        return new NewMention(newPlace, newAdmin1Name, start, end, surfaceName, sentenceStart, sentenceEnd, confidence,
                newStatus, alternatives);
    }
}
