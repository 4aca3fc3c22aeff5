package org.newsatlas.places;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The mention table; only this feature's services use it. */
@Repository
class MentionRepository {

    private static final int MAX_SURFACE_NAME = 200;

    private final JdbcTemplate jdbc;

    MentionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One mention of the article for each place id (same order), in one JDBC batch. */
    void insertAll(long articleId, List<Long> placeIds, List<NewMention> found) {
        List<Object[]> rows = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            NewMention mention = found.get(i);
            String surfaceName = mention.surfaceName().length() > MAX_SURFACE_NAME
                    ? mention.surfaceName().substring(0, MAX_SURFACE_NAME)
                    : mention.surfaceName();
            rows.add(new Object[] {articleId, placeIds.get(i), mention.start(), mention.end(), surfaceName,
                mention.sentenceStart(), mention.sentenceEnd(), mention.confidence()});
        }
        jdbc.batchUpdate("""
                INSERT INTO mention (article_id, place_id, start_offset, end_offset, surface_name,
                                     sentence_start, sentence_end, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }
}
