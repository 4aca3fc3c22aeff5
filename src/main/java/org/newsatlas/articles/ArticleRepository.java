package org.newsatlas.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The article table; only this feature's services use it. */
@Repository
class ArticleRepository {

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewArticle article, String contentHash) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO article (title, body, source, published_at, ingested_at, content_hash)
                VALUES (:title, :body, :source, :publishedAt, :ingestedAt, :hash)""")
                .param("title", article.title())
                .param("body", article.text())
                .param("source", article.source())
                .param("publishedAt", utc(article.publishedAt()))
                .param("ingestedAt", utc(article.ingestedAt()))
                .param("hash", contentHash)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Long> idByContentHash(String contentHash) {
        return jdbc.sql("SELECT id FROM article WHERE content_hash = ?").param(contentHash).query(Long.class).optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }

    Optional<Article> findById(long id) {
        return jdbc.sql("SELECT id, title, body, source, published_at, ingested_at FROM article WHERE id = ?")
                .param(id)
                .query(ArticleRepository::article)
                .optional();
    }

    private static Article article(ResultSet rs, int row) throws SQLException {
        return new Article(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getString("source"),
                instant(rs.getObject("published_at", OffsetDateTime.class)),
                instant(rs.getObject("ingested_at", OffsetDateTime.class)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
