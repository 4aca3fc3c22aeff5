package org.newsatlas.places;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The mention table and its stored alternatives; only this feature's services use them. */
@Repository
class MentionRepository {

    private static final int MAX_NAME = 200;

    private final JdbcTemplate jdbc;

    MentionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One mention of the article for each place id (same order; null for a mention that is not a
     * place), in one JDBC batch, then their alternatives in another; returns the new mention ids.
     */
    List<Long> insertAll(long articleId, List<Long> placeIds, List<NewMention> found) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement("""
                INSERT INTO mention (article_id, place_id, start_offset, end_offset, surface_name,
                                     sentence_start, sentence_end, confidence, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        NewMention mention = found.get(i);
                        ps.setLong(1, articleId);
                        if (placeIds.get(i) == null) {
                            ps.setNull(2, Types.BIGINT);
                        } else {
                            ps.setLong(2, placeIds.get(i));
                        }
                        ps.setInt(3, mention.start());
                        ps.setInt(4, mention.end());
                        ps.setString(5, truncate(mention.surfaceName()));
                        ps.setInt(6, mention.sentenceStart());
                        ps.setInt(7, mention.sentenceEnd());
                        ps.setDouble(8, mention.confidence());
                        ps.setString(9, mention.status().code());
                    }

                    @Override
                    public int getBatchSize() {
                        return found.size();
                    }
                }, keys);
        List<Long> ids = keys.getKeyList().stream().map(row -> ((Number) row.get(firstKey(row))).longValue()).toList();
        List<Object[]> alternatives = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            List<Alternative> ranked = found.get(i).alternatives();
            for (int rank = 0; rank < ranked.size(); rank++) {
                Alternative a = ranked.get(rank);
                alternatives.add(new Object[] {ids.get(i), rank, a.geonameid(), truncate(a.name()), a.country(),
                    a.admin1() == null ? null : truncate(a.admin1()), a.featureClass(), a.featureCode(), a.lat(),
                    a.lon(), a.population(), a.score()});
            }
        }
        if (!alternatives.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO mention_alternative (mention_id, alt_rank, geoname_id, name, country_code, admin1_name,
                                                     feature_class, feature_code, latitude, longitude, population, score)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", alternatives);
        }
        return ids;
    }

    /** H2 names the generated column "ID", PostgreSQL "id". */
    private static String firstKey(java.util.Map<String, Object> row) {
        return row.keySet().iterator().next();
    }

    private static String truncate(String value) {
        return value.length() > MAX_NAME ? value.substring(0, MAX_NAME) : value;
    }
}
