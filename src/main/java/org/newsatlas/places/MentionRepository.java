package org.newsatlas.places;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mention table; only this feature's services use it. */
@Repository
class MentionRepository {

    private static final int MAX_SURFACE_NAME = 200;

    private final JdbcClient jdbc;

    MentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long articleId, long placeId, NewMention mention) {
        String surfaceName = mention.surfaceName().length() > MAX_SURFACE_NAME
                ? mention.surfaceName().substring(0, MAX_SURFACE_NAME)
                : mention.surfaceName();
        jdbc.sql("""
                INSERT INTO mention (article_id, place_id, start_offset, end_offset, surface_name,
                                     sentence_start, sentence_end, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(articleId, placeId, mention.start(), mention.end(), surfaceName,
                        mention.sentenceStart(), mention.sentenceEnd(), mention.confidence())
                .update();
    }
}
