package org.newsatlas.corrections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.newsatlas.places.MentionEdits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The rules: table {@code place_rule}. Names are compared by {@link MentionEdits#nameKey}. */
@Repository
class RuleRepository {

    private static final String RULE = "SELECT id, name, geoname_id, source, created_at, created_by FROM place_rule ";

    private final JdbcClient jdbc;

    RuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, Long geonameId, String source, Instant at, String by) {
        KeyHolder keys = new GeneratedKeyHolder();
        String shortName = name.length() > 200 ? name.substring(0, 200) : name;
        jdbc.sql("""
                INSERT INTO place_rule (name_key, name, geoname_id, source, created_at, created_by)
                VALUES (:key, :name, :geonameId, :source, :at, :by)""")
                .param("key", MentionEdits.nameKey(shortName))
                .param("name", shortName)
                .param("geonameId", geonameId)
                .param("source", source)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Oldest first. */
    List<PlaceRule> all() {
        return jdbc.sql(RULE + "ORDER BY id").query(RuleRepository::rule).list();
    }

    Optional<PlaceRule> find(long id) {
        return jdbc.sql(RULE + "WHERE id = ?").param(id).query(RuleRepository::rule).optional();
    }

    /** The rules for these name keys, oldest first (so a later rule overrides an earlier one). */
    List<PlaceRule> forNames(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RULE + "WHERE name_key IN (:keys) ORDER BY id").param("keys", List.copyOf(keys))
                .query(RuleRepository::rule).list();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM place_rule WHERE id = ?").param(id).update() > 0;
    }

    private static PlaceRule rule(ResultSet rs, int row) throws SQLException {
        OffsetDateTime at = rs.getObject("created_at", OffsetDateTime.class);
        return new PlaceRule(rs.getLong("id"), rs.getString("name"), rs.getObject("geoname_id", Long.class),
                rs.getString("source"), at == null ? null : at.toInstant(), rs.getString("created_by"));
    }
}
