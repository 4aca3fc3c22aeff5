package org.newsatlas.corrections;

import java.time.Instant;

/**
 * "Read this name as that place" in articles stored from now on (and, when asked, in stored ones).
 *
 * @param geonameId the place, or null: the name is not a place
 * @param source only articles from this source, or null: every article
 */
public record PlaceRule(long id, String name, Long geonameId, String source, Instant createdAt, String createdBy) {

    public boolean notAPlace() {
        return geonameId == null;
    }

    /** Whether it speaks for an article from this source. */
    boolean covers(String articleSource) {
        return source == null || source.equals(articleSource);
    }
}
