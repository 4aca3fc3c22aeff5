package org.newsatlas.articles;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the reader and the article API read. */
@Service
@Transactional(readOnly = true)
public class ArticleQueries {

    private final ArticleRepository articles;
    private final JdbcClient jdbc;

    ArticleQueries(ArticleRepository articles, JdbcClient jdbc) {
        this.articles = articles;
        this.jdbc = jdbc;
    }

    public Optional<ArticleDocument> document(long articleId) {
        return articles.findById(articleId).map(article -> new ArticleDocument(article, mentions(articleId)));
    }

    public long count() {
        return articles.count();
    }

    private List<ArticleMention> mentions(long articleId) {
        return jdbc.sql("""
                SELECT m.start_offset AS start, m.end_offset AS "end", m.surface_name AS name, m.place_id,
                       p.latitude AS lat, p.longitude AS lon, m.sentence_start, m.sentence_end
                FROM mention m JOIN place p ON p.id = m.place_id
                WHERE m.article_id = ?
                ORDER BY m.start_offset""")
                .param(articleId)
                .query(ArticleMention.class)
                .list();
    }
}
