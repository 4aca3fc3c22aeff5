package org.newsatlas.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the map, the place panel and the place API read. */
@Service
@Transactional(readOnly = true)
public class PlaceQueries {

    private static final String SUMMARY = """
            SELECT p.id, p.name, p.country_code, p.feature_class, p.feature_code, p.latitude, p.longitude,
                   COUNT(m.id) AS mention_count, COUNT(DISTINCT m.article_id) AS article_count
            FROM place p JOIN mention m ON m.place_id = p.id
            %s
            GROUP BY p.id, p.name, p.country_code, p.feature_class, p.feature_code, p.latitude, p.longitude
            ORDER BY mention_count DESC, p.name""";

    /** At most this many sentences are shown for one place; the newest articles come first. */
    static final int MAX_SENTENCES = 200;

    private final JdbcClient jdbc;

    PlaceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every mentioned place with its mention and article counts, in one aggregate query. */
    public List<PlaceSummary> mapPlaces() {
        return jdbc.sql(SUMMARY.formatted("")).query(PlaceSummary.class).list();
    }

    public Optional<PlaceSummary> place(long placeId) {
        return jdbc.sql(SUMMARY.formatted("WHERE p.id = :placeId"))
                .param("placeId", placeId)
                .query(PlaceSummary.class)
                .optional();
    }

    /** The places one article mentions; counts are within that article. */
    public List<PlaceSummary> placesOfArticle(long articleId) {
        return jdbc.sql(SUMMARY.formatted("WHERE m.article_id = :articleId"))
                .param("articleId", articleId)
                .query(PlaceSummary.class)
                .list();
    }

    /** Each sentence mentioning the place, the name highlighted, newest article first. */
    public List<PlaceSentence> sentences(long placeId) {
        record Row(long articleId, String title, int startOffset, int endOffset, int sentenceStart, int sentenceEnd) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT m.article_id, a.title, m.start_offset, m.end_offset, m.sentence_start, m.sentence_end
                FROM mention m JOIN article a ON a.id = m.article_id
                WHERE m.place_id = ?
                ORDER BY a.ingested_at DESC, a.id DESC, m.start_offset""")
                .param(placeId)
                .query(Row.class)
                .list();
        Map<Long, List<Row>> byArticle = new LinkedHashMap<>();
        rows.forEach(row -> byArticle.computeIfAbsent(row.articleId(), id -> new ArrayList<>()).add(row));
        List<PlaceSentence> sentences = new ArrayList<>();
        for (Map.Entry<Long, List<Row>> article : byArticle.entrySet()) {
            String body = jdbc.sql("SELECT body FROM article WHERE id = ?")
                    .param(article.getKey()).query(String.class).single();
            List<SentenceSnippets.Located> located = article.getValue().stream()
                    .map(r -> new SentenceSnippets.Located(r.startOffset(), r.endOffset(), r.sentenceStart(), r.sentenceEnd()))
                    .toList();
            sentences.addAll(SentenceSnippets.of(article.getKey(), article.getValue().get(0).title(), body, located));
            if (sentences.size() >= MAX_SENTENCES) {
                return sentences.subList(0, MAX_SENTENCES);
            }
        }
        return sentences;
    }
}
