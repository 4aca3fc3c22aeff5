package org.newsatlas.corrections;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which articles a person has reviewed: table {@code article_review}. */
@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void markReviewed(long articleId, Instant at, String by) {
        int updated = jdbc.sql("UPDATE article_review SET reviewed_at = ?, reviewed_by = ? WHERE article_id = ?")
                .params(at.atOffset(ZoneOffset.UTC), by, articleId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO article_review (article_id, reviewed_at, reviewed_by) VALUES (?, ?, ?)")
                    .params(articleId, at.atOffset(ZoneOffset.UTC), by).update();
        }
    }

    Set<Long> reviewed() {
        return new HashSet<>(jdbc.sql("SELECT article_id FROM article_review").query(Long.class).list());
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM article_review").query(Integer.class).single();
    }

    ArticleStamp stamp() {
        return jdbc.sql("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM article")
                .query((rs, row) -> new ArticleStamp(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Oldest review first. */
    List<Long> reviewedInOrder() {
        return jdbc.sql("SELECT article_id FROM article_review ORDER BY reviewed_at, article_id")
                .query(Long.class).list();
    }

    boolean isReviewed(long articleId) {
        return jdbc.sql("SELECT COUNT(*) FROM article_review WHERE article_id = ?").param(articleId)
                .query(Long.class).single() > 0;
    }
}
