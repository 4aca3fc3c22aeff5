package org.newsatlas.places;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MentionRepository {

    private final JdbcClient jdbc;

    MentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAll(long articleId, List<Mention> mentions) {
        for (Mention mention : mentions) {
            jdbc.sql("""
                    INSERT INTO mention (article_id, place_id, start_offset, end_offset, surface_name,
                                         sentence_start, sentence_end, confidence)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(articleId, mention.placeId(), mention.start(), mention.end(),
                            mention.surfaceName().length() > 200 ? mention.surfaceName().substring(0, 200) : mention.surfaceName(),
                            mention.sentenceStart(), mention.sentenceEnd(), mention.confidence())
                    .update();
        }
    }
}
