package org.newsatlas.places;

import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * A place name found in an article, about to be stored with the place it was resolved to.
 * Offsets are Java char offsets into the article text, end exclusive; the sentence offsets bound
 * the sentence that holds it.
 */
public record NewMention(
        GazetteerEntry place,
        int start,
        int end,
        String surfaceName,
        int sentenceStart,
        int sentenceEnd,
        double confidence) {
}
