package org.newsatlas.articles;

import java.util.List;
import org.newsatlas.base.jdbc.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The article change log (tables {@code article_change} and {@code revision_counter}). Taking a
 * revision locks the counter row until the transaction ends, so revisions commit in the order they
 * were taken: whoever has read every change up to revision N has missed none below it.
 */
@Repository
class ArticleChanges {

    private final JdbcClient jdbc;

    ArticleChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes, in the caller's transaction, that the article changed; returns the new revision. */
    long record(long articleId) {
        jdbc.sql("UPDATE revision_counter SET revision = revision + 1 WHERE id = 1").update();
        long revision = jdbc.sql("SELECT revision FROM revision_counter WHERE id = 1").query(Long.class).single();
        int updated = jdbc.sql("UPDATE article_change SET revision = ? WHERE article_id = ?")
                .params(revision, articleId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO article_change (article_id, revision) VALUES (?, ?)")
                    .params(articleId, revision).update();
        }
        return revision;
    }

    /** Changes after {@code revision}, oldest first. */
    List<ArticleChange> since(long revision, int limit) {
        return jdbc.sql("""
                SELECT article_id, revision FROM article_change WHERE revision > ?
                ORDER BY revision FETCH FIRST ? ROWS ONLY""")
                .params(revision, limit)
                .query(RecordRows.of(ArticleChange.class))
                .list();
    }

    long latest() {
        return jdbc.sql("SELECT revision FROM revision_counter WHERE id = 1").query(Long.class).single();
    }
}
