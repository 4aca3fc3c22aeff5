package org.newsatlas.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.base.jdbc.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the map, the place panel and the place API read. */
@Service
@Transactional(readOnly = true)
public class PlaceQueries {

    private static final String SUMMARY = """
            SELECT p.id, p.name, p.country_code, p.feature_class, p.feature_code, p.admin1_name,
                   p.latitude, p.longitude,
                   COUNT(m.id) AS mention_count, COUNT(DISTINCT m.article_id) AS article_count
            FROM place p JOIN mention m ON m.place_id = p.id
            %s
            GROUP BY p.id, p.name, p.country_code, p.feature_class, p.feature_code, p.admin1_name,
                     p.latitude, p.longitude
            ORDER BY mention_count DESC, p.name""";

    /** At most this many sentences are shown for one place; the newest articles come first. */
    static final int MAX_SENTENCES = 200;

    private final JdbcClient jdbc;
    private final MentioningArticles articles;
    private final AlternativeRows alternatives;

    PlaceQueries(JdbcClient jdbc, MentioningArticles articles, AlternativeRows alternatives) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.alternatives = alternatives;
    }

    /** Every mentioned place with its mention and article counts, in one aggregate query. */
    public List<PlaceSummary> mapPlaces() {
        return jdbc.sql(SUMMARY.formatted("")).query(RecordRows.of(PlaceSummary.class)).list();
    }

    /** The places one article mentions; counts are within that article. */
    public List<PlaceSummary> placesOfArticle(long articleId) {
        return jdbc.sql(SUMMARY.formatted("WHERE m.article_id = :articleId"))
                .param("articleId", articleId)
                .query(RecordRows.of(PlaceSummary.class))
                .list();
    }

    /**
     * The mentions in one article with their places' positions and the geoparser's alternatives, in
     * text order; mentions that are not a place are left out.
     */
    public List<PlacedMention> mentionsIn(long articleId) {
        record Row(int start, int end, String name, long placeId, double lat, double lon, int sentenceStart,
                   int sentenceEnd, long id, double confidence, String status) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT m.start_offset AS start, m.end_offset AS "end", m.surface_name AS name, m.place_id,
                       p.latitude AS lat, p.longitude AS lon, m.sentence_start, m.sentence_end,
                       m.id, m.confidence, m.status
                FROM mention m JOIN place p ON p.id = m.place_id
                WHERE m.article_id = ?
                ORDER BY m.start_offset, m.id""")
                .param(articleId)
                .query(RecordRows.of(Row.class))
                .list();
        Map<Long, List<Alternative>> ranked = alternatives.of(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> new PlacedMention(r.start(), r.end(), r.name(), r.placeId(), r.lat(), r.lon(),
                r.sentenceStart(), r.sentenceEnd(), r.id(), r.confidence(), MentionStatus.of(r.status()),
                ranked.getOrDefault(r.id(), List.of()))).toList();
    }

    /** Each sentence mentioning the place, the name highlighted, newest article first. */
    public List<PlaceSentence> sentences(long placeId) {
        record Row(long articleId, int startOffset, int endOffset, int sentenceStart, int sentenceEnd) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT article_id, start_offset, end_offset, sentence_start, sentence_end
                FROM mention WHERE place_id = ?
                ORDER BY article_id, start_offset""")
                .param(placeId)
                .query(RecordRows.of(Row.class))
                .list();
        Map<Long, List<SentenceSnippets.Located>> byArticle = new HashMap<>();
        rows.forEach(r -> byArticle.computeIfAbsent(r.articleId(), id -> new ArrayList<>()).add(
                new SentenceSnippets.Located(r.startOffset(), r.endOffset(), r.sentenceStart(), r.sentenceEnd())));
        List<PlaceSentence> sentences = new ArrayList<>();
        for (MentioningArticles.Title article : articles.newestFirst(byArticle.keySet())) {
            String body = articles.text(article.articleId());
            sentences.addAll(SentenceSnippets.of(article.articleId(), article.title(), body,
                    byArticle.get(article.articleId())));
            if (sentences.size() >= MAX_SENTENCES) {
                return sentences.subList(0, MAX_SENTENCES);
            }
        }
        return sentences;
    }

    /**
     * The sentences of these articles that mention the place, article by article in the order
     * given (a page of the dashboard's article list), each with the place's names highlighted.
     */
    public List<PlaceSentence> sentencesIn(long placeId, List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        record Row(long id, long articleId, int startOffset, int endOffset, int sentenceStart, int sentenceEnd) {
        }
        Map<Long, List<SentenceSnippets.Located>> byArticle = new HashMap<>();
        jdbc.sql("""
                SELECT id, article_id, start_offset, end_offset, sentence_start, sentence_end
                FROM mention WHERE place_id = :placeId AND article_id IN (:ids)""")
                .param("placeId", placeId)
                .param("ids", articleIds)
                .query(RecordRows.of(Row.class))
                .list()
                .forEach(r -> byArticle.computeIfAbsent(r.articleId(), id -> new ArrayList<>()).add(
                        new SentenceSnippets.Located(r.startOffset(), r.endOffset(), r.sentenceStart(), r.sentenceEnd(),
                                r.id())));
        Map<Long, String> titles = new HashMap<>();
        articles.newestFirst(byArticle.keySet()).forEach(t -> titles.put(t.articleId(), t.title()));
        List<PlaceSentence> sentences = new ArrayList<>();
        for (long articleId : articleIds) {
            List<SentenceSnippets.Located> located = byArticle.get(articleId);
            if (located != null) {
                sentences.addAll(SentenceSnippets.of(articleId, titles.get(articleId), articles.text(articleId), located));
            }
        }
        return sentences;
    }
}
