package org.newsatlas.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.newsatlas.base.jdbc.RecordRows;
import org.newsatlas.gazetteer.GeoDistance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Places and mentions in bulk, for features that keep their own copy of them (the dashboard). */
@Service
@Transactional(readOnly = true)
public class PlaceRecords {

    /** Well below the bind-variable limits of H2 and PostgreSQL. */
    private static final int IDS_PER_QUERY = 1000;

    private final JdbcClient jdbc;

    PlaceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored place with an id above {@code afterId}, in id order. */
    public List<StoredPlace> placesAfter(long afterId) {
        return jdbc.sql("""
                SELECT id, geoname_id, name, country_code, feature_class, feature_code, admin1_name,
                       latitude, longitude, population
                FROM place WHERE id > ? ORDER BY id""")
                .param(afterId)
                .query(RecordRows.of(StoredPlace.class))
                .list();
    }

    /** These stored places (in no particular order); unknown ids are left out. */
    public List<StoredPlace> places(Collection<Long> placeIds) {
        List<Long> all = List.copyOf(placeIds);
        List<StoredPlace> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            found.addAll(jdbc.sql("""
                    SELECT id, geoname_id, name, country_code, feature_class, feature_code, admin1_name,
                           latitude, longitude, population
                    FROM place WHERE id IN (:ids)""")
                    .param("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .query(RecordRows.of(StoredPlace.class))
                    .list());
        }
        return found;
    }

    /**
     * The mentions of these articles with their places' country and kind, and whether each is in
     * doubt as {@link Doubt#doubtful} says, article by article.
     */
    public List<IndexableMention> mentionsOf(Collection<Long> articleIds) {
        record Row(long articleId, long mentionId, long placeId, String countryCode, String featureClass,
                   String featureCode, double confidence, String status, Double firstScore, Double secondScore,
                   Double firstLat, Double firstLon, Double secondLat, Double secondLon) {
        }
        List<Long> all = List.copyOf(articleIds);
        List<IndexableMention> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            jdbc.sql("""
                    SELECT m.article_id, m.id AS mention_id, m.place_id, p.country_code, p.feature_class,
                           p.feature_code, m.confidence, m.status, a.score AS first_score, b.score AS second_score,
                           a.latitude AS first_lat, a.longitude AS first_lon, b.latitude AS second_lat,
                           b.longitude AS second_lon
                    FROM mention m JOIN place p ON p.id = m.place_id
                    LEFT JOIN mention_alternative a ON a.mention_id = m.id AND a.alt_rank = 0
                    LEFT JOIN mention_alternative b ON b.mention_id = m.id AND b.alt_rank = 1
                    WHERE m.article_id IN (:ids)
                    ORDER BY m.article_id, m.start_offset""")
                    .param("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .query(RecordRows.of(Row.class))
                    .list()
                    .forEach(r -> found.add(new IndexableMention(r.articleId(), r.mentionId(), r.placeId(),
                            r.countryCode(), r.featureClass(), r.featureCode(), r.confidence(),
                            Doubt.doubtful(MentionStatus.of(r.status()), r.confidence(),
                                    r.secondScore() == null ? null : r.firstScore() - r.secondScore(),
                                    r.secondLat() == null ? null
                                            : GeoDistance.km(r.firstLat(), r.firstLon(), r.secondLat(), r.secondLon())))));
        }
        return found;
    }

    /** These mentions, article by article, in text order. */
    public List<MentionRow> mentionRows(Collection<Long> mentionIds) {
        List<Long> all = List.copyOf(mentionIds);
        List<MentionRow> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            found.addAll(jdbc.sql("""
                    SELECT id AS mention_id, article_id, place_id, start_offset, end_offset, surface_name,
                           sentence_start, sentence_end, confidence
                    FROM mention WHERE id IN (:ids)
                    ORDER BY article_id, start_offset""")
                    .param("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .query(RecordRows.of(MentionRow.class))
                    .list());
        }
        return found;
    }
}
