package org.newsatlas.places;

import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * A place name found in an article, about to be stored with the place it was resolved to.
 * Offsets are Java char offsets into the article text, end exclusive; the sentence offsets bound
 * the sentence that holds it.
 *
 * @param admin1Name the name of the first-order division the place lies in ("Illinois"), or null
 */
public record NewMention(
        GazetteerEntry place,
        String admin1Name,
        int start,
        int end,
        String surfaceName,
        int sentenceStart,
        int sentenceEnd,
        double confidence) {
}
