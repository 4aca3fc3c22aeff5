package org.newsatlas.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsatlas.base.jdbc.RecordRows;
import org.newsatlas.gazetteer.GeoDistance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes single mentions for the corrections feature, in the caller's transaction.
 * The caller records the article change ({@code ArticleStore.markChanged}) so the dashboard follows.
 */
@Service
@Transactional
public class MentionEdits {

    /** Well below the bind-variable limits of H2 and PostgreSQL. */
    private static final int IDS_PER_QUERY = 1000;

    private static final String FACTS = """
            SELECT m.id, m.article_id, m.place_id, p.geoname_id, m.surface_name, m.start_offset AS start,
                   m.end_offset AS "end", m.sentence_start, m.sentence_end, m.confidence, m.status
            FROM mention m LEFT JOIN place p ON p.id = m.place_id
            """;

    private final JdbcClient jdbc;
    private final AlternativeRows alternatives;

    MentionEdits(JdbcClient jdbc, AlternativeRows alternatives) {
        this.jdbc = jdbc;
        this.alternatives = alternatives;
    }

    /** The geoparser's readings of a mention at ingestion, best first. */
    @Transactional(readOnly = true)
    public List<Alternative> alternatives(long mentionId) {
        return alternatives.of(List.of(mentionId)).getOrDefault(mentionId, List.of());
    }

    private record Row(long id, long articleId, Long placeId, Long geonameId, String surfaceName, int start, int end,
                       int sentenceStart, int sentenceEnd, double confidence, String status) {
        MentionFacts facts() {
            return new MentionFacts(id, articleId, placeId, geonameId, surfaceName, start, end, sentenceStart,
                    sentenceEnd, confidence, MentionStatus.of(status));
        }
    }

    @Transactional(readOnly = true)
    public Optional<MentionFacts> mention(long mentionId) {
        return jdbc.sql(FACTS + "WHERE m.id = ?").param(mentionId).query(RecordRows.of(Row.class)).optional()
                .map(Row::facts);
    }

    /** Every mention of an article, places or not, in text order. */
    @Transactional(readOnly = true)
    public List<MentionFacts> inArticle(long articleId) {
        return jdbc.sql(FACTS + "WHERE m.article_id = ? ORDER BY m.start_offset, m.id").param(articleId)
                .query(RecordRows.of(Row.class)).list().stream().map(Row::facts).toList();
    }

    /** The mentions of this name (case aside) in one article, or in all of them when articleId is null. */
    @Transactional(readOnly = true)
    public List<MentionFacts> named(String surfaceName, Long articleId) {
        String key = nameKey(surfaceName);
        return (articleId == null
                ? jdbc.sql(FACTS + "WHERE LOWER(m.surface_name) = ? ORDER BY m.article_id, m.start_offset").param(key)
                : jdbc.sql(FACTS + "WHERE LOWER(m.surface_name) = ? AND m.article_id = ? ORDER BY m.start_offset")
                        .param(key).param(articleId))
                .query(RecordRows.of(Row.class)).list().stream().map(Row::facts).toList();
    }

    /** Reads these mentions as the place with our id (null: as no place), with this status. */
    public void setReading(Collection<Long> mentionIds, Long placeId, MentionStatus status) {
        List<Long> all = List.copyOf(mentionIds);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            jdbc.sql("UPDATE mention SET place_id = :placeId, status = :status WHERE id IN (:ids)")
                    .param("placeId", placeId)
                    .param("status", status.code())
                    .param("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .update();
        }
    }

    public void delete(long mentionId) {
        jdbc.sql("DELETE FROM mention WHERE id = ?").param(mentionId).update();
    }

    /** How many of the geoparser's readings reviewers (or their rules) changed: corrected or not a place. */
    @Transactional(readOnly = true)
    public long changedReadings() {
        return jdbc.sql("SELECT COUNT(*) FROM mention WHERE status IN ('corrected', 'not_a_place')")
                .query(Long.class).single();
    }

    /** The mentions still as the geoparser read them, with their two best readings' margin. */
    @Transactional(readOnly = true)
    public List<ReviewCandidate> unreviewed() {
        record Row(long id, long articleId, String surfaceName, int start, int end, double confidence,
                   Double firstScore, Double secondScore, Double firstLat, Double firstLon, Double secondLat,
                   Double secondLon) {
        }
        return jdbc.sql("""
                SELECT m.id, m.article_id, m.surface_name, m.start_offset AS start, m.end_offset AS "end",
                       m.confidence, a.score AS first_score, b.score AS second_score,
                       p.latitude AS first_lat, p.longitude AS first_lon, b.latitude AS second_lat,
                       b.longitude AS second_lon
                FROM mention m JOIN place p ON p.id = m.place_id
                LEFT JOIN mention_alternative a ON a.mention_id = m.id AND a.alt_rank = 0
                LEFT JOIN mention_alternative b ON b.mention_id = m.id AND b.alt_rank = 1
                WHERE m.status = 'auto'""")
                .query(RecordRows.of(Row.class)).list().stream()
                .map(r -> new ReviewCandidate(r.id(), r.articleId(), r.surfaceName(), r.start(), r.end(),
                        r.confidence(),
                        r.secondScore() == null || r.firstScore() == null ? null : r.firstScore() - r.secondScore(),
                        r.secondLat() == null ? null
                                : GeoDistance.km(r.firstLat(), r.firstLon(), r.secondLat(), r.secondLon())))
                .toList();
    }

    /** The open mentions of these articles, in text order per article. */
    @Transactional(readOnly = true)
    public List<OpenMention> open(Collection<Long> articleIds) {
        List<Long> all = List.copyOf(articleIds);
        List<OpenMention> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            found.addAll(jdbc.sql("""
                            SELECT m.id, m.article_id, m.surface_name, m.start_offset, m.end_offset
                            FROM mention m JOIN place p ON p.id = m.place_id
                            WHERE m.status = 'auto' AND m.article_id IN (:ids)
                            ORDER BY m.article_id, m.start_offset, m.id""")
                    .param("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .query((rs, row) -> new OpenMention(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                            rs.getInt(5)))
                    .list());
        }
        return found;
    }

    /** How many mentions still read as the geoparser read them carry each name (lower case). */
    @Transactional(readOnly = true)
    public Map<String, Integer> unreviewedByName() {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT LOWER(surface_name) AS name, COUNT(*) AS n FROM mention WHERE status = 'auto' "
                        + "GROUP BY LOWER(surface_name)")
                .query((rs, row) -> counts.put(rs.getString("name"), rs.getInt("n"))).list();
        return counts;
    }

    /** The key names are compared by: lower case, as SQL's LOWER does it for these names. */
    public static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Unused ids are skipped. */
    @Transactional(readOnly = true)
    public List<MentionFacts> mentions(Collection<Long> mentionIds) {
        List<Long> all = List.copyOf(mentionIds);
        List<MentionFacts> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            found.addAll(jdbc.sql(FACTS + "WHERE m.id IN (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .query(RecordRows.of(Row.class)).list().stream().map(Row::facts).toList());
        }
        return found;
    }
}
