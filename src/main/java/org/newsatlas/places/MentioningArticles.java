package org.newsatlas.places;

import java.util.Collection;
import java.util.List;

/**
 * What this feature needs to know of the articles that mention a place: their titles and texts.
 * The articles feature owns those and implements this, so places never reads the article table
 * and never depends on the articles package (which depends on places for its mentions).
 */
public interface MentioningArticles {

    /** The titles of the articles with these ids, latest ingested first, ties by the higher id. */
    List<Title> newestFirst(Collection<Long> articleIds);

    /** The full text of a stored article. */
    String text(long articleId);

    record Title(long articleId, String title) {
    }
}
