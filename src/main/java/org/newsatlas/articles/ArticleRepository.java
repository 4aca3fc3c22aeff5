package org.newsatlas.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsatlas.base.jdbc.RecordRows;
import org.newsatlas.places.MentioningArticles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The article table; only this feature's services use it. */
@Repository
class ArticleRepository {

    /** Well below the bind-variable limits of H2 and PostgreSQL. */
    private static final int IDS_PER_QUERY = 1000;

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewArticle article, String contentHash) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO article (title, body, source, published_at, ingested_at, content_hash, language)
                VALUES (:title, :body, :source, :publishedAt, :ingestedAt, :hash, :language)""")
                .param("title", article.title())
                .param("body", article.text())
                .param("source", article.source())
                .param("publishedAt", utc(article.publishedAt()))
                .param("ingestedAt", utc(article.ingestedAt()))
                .param("hash", contentHash)
                .param("language", article.language())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<StoredTitle> titleByContentHash(String contentHash) {
        return jdbc.sql("SELECT id, title FROM article WHERE content_hash = ?").param(contentHash)
                .query(StoredTitle.class).optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }

    Optional<Article> findById(long id) {
        return jdbc.sql("SELECT id, title, body, source, published_at, ingested_at, language FROM article WHERE id = ?")
                .param(id)
                .query(ArticleRepository::article)
                .optional();
    }

    List<Article> findAll(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<Article> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            found.addAll(jdbc.sql("SELECT id, title, body, source, published_at, ingested_at, language FROM article WHERE id IN (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .query(ArticleRepository::article)
                    .list());
        }
        return found;
    }

    /** Latest ingested first, ties by the higher id; asks in batches to stay within bind-variable limits. */
    List<MentioningArticles.Title> titlesNewestFirst(Collection<Long> ids) {
        record Row(long id, String title, OffsetDateTime ingestedAt) {
        }
        List<Long> all = List.copyOf(ids);
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            rows.addAll(jdbc.sql("SELECT id, title, ingested_at FROM article WHERE id IN (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .query(RecordRows.of(Row.class))
                    .list());
        }
        return rows.stream()
                .sorted(Comparator.comparing((Row row) -> row.ingestedAt().toInstant())
                        .thenComparingLong(Row::id)
                        .reversed())
                .map(row -> new MentioningArticles.Title(row.id(), row.title()))
                .toList();
    }

    /** Up to {@code limit} articles whose language has not been detected yet, lowest id first. */
    List<ArticleText> withoutLanguage(int limit) {
        return jdbc.sql("SELECT id, body FROM article WHERE language IS NULL ORDER BY id FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query((rs, row) -> new ArticleText(rs.getLong("id"), rs.getString("body")))
                .list();
    }

    void setLanguage(long id, String language) {
        jdbc.sql("UPDATE article SET language = ? WHERE id = ?").param(language).param(id).update();
    }

    /** Changes what is given (non-null); returns whether the article exists. */
    boolean update(long id, ArticleEdit edit) {
        if (findById(id).isEmpty()) {
            return false;
        }
        if (edit.title() != null) {
            jdbc.sql("UPDATE article SET title = ? WHERE id = ?").params(edit.title(), id).update();
        }
        if (edit.publishedAt() != null) {
            jdbc.sql("UPDATE article SET published_at = ? WHERE id = ?").params(utc(edit.publishedAt()), id).update();
        }
        if (edit.source() != null) {
            jdbc.sql("UPDATE article SET source = ? WHERE id = ?")
                    .params(edit.source().isEmpty() ? null : edit.source(), id).update();
        }
        return true;
    }

    /** Deletes the article; its mentions go with it (ON DELETE CASCADE). */
    boolean delete(long id) {
        return jdbc.sql("DELETE FROM article WHERE id = ?").param(id).update() > 0;
    }

    List<Long> idsWithSource(String source) {
        return jdbc.sql("SELECT id FROM article WHERE source = ?").param(source).query(Long.class).list();
    }

    String body(long id) {
        return jdbc.sql("SELECT body FROM article WHERE id = ?").param(id).query(String.class).single();
    }

    private static Article article(ResultSet rs, int row) throws SQLException {
        return new Article(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getString("source"),
                instant(rs.getObject("published_at", OffsetDateTime.class)),
                instant(rs.getObject("ingested_at", OffsetDateTime.class)), rs.getString("language"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
