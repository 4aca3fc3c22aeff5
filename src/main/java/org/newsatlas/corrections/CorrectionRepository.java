package org.newsatlas.corrections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsatlas.places.MentionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The correction history: tables {@code correction} and {@code correction_change}. */
@Repository
class CorrectionRepository {

    private static final String ENTRY = "SELECT id, made_at, made_by, action, scope, name, rule_id, undone_at FROM correction ";

    private final JdbcClient jdbc;

    CorrectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Instant madeAt, String madeBy, String action, Scope scope, String name, Long ruleId,
                List<Change> changes) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO correction (made_at, made_by, action, scope, name, rule_id)
                VALUES (:madeAt, :madeBy, :action, :scope, :name, :ruleId)""")
                .param("madeAt", madeAt.atOffset(ZoneOffset.UTC))
                .param("madeBy", madeBy)
                .param("action", action)
                .param("scope", scope.key())
                .param("name", name.length() > 200 ? name.substring(0, 200) : name)
                .param("ruleId", ruleId)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Change change : changes) {
            jdbc.sql("""
                    INSERT INTO correction_change (correction_id, mention_id, article_id, old_place_id, old_status,
                                                   new_place_id, new_status)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, change.mentionId(), change.articleId(),
                            change.before() == null ? null : change.before().placeId(),
                            change.before() == null ? null : change.before().status().code(),
                            change.after().placeId(), change.after().status().code())
                    .update();
        }
        return id;
    }

    Optional<CorrectionEntry> find(long id) {
        return jdbc.sql(ENTRY + "WHERE id = ?").param(id).query(CorrectionRepository::entry).optional();
    }

    /** Newest first. */
    List<CorrectionEntry> latest(int limit) {
        return jdbc.sql(ENTRY + "ORDER BY id DESC FETCH FIRST ? ROWS ONLY").param(limit)
                .query(CorrectionRepository::entry).list();
    }

    Map<Long, List<Change>> changes(Collection<Long> correctionIds) {
        Map<Long, List<Change>> byCorrection = new HashMap<>();
        if (correctionIds.isEmpty()) {
            return byCorrection;
        }
        jdbc.sql("""
                SELECT correction_id, mention_id, article_id, old_place_id, old_status, new_place_id, new_status
                FROM correction_change WHERE correction_id IN (:ids) ORDER BY correction_id, mention_id""")
                .param("ids", List.copyOf(correctionIds))
                .query((rs, row) -> byCorrection.computeIfAbsent(rs.getLong("correction_id"), id -> new ArrayList<>())
                        .add(change(rs)))
                .list();
        return byCorrection;
    }

    /** Marks it undone unless it already was; returns whether this call did. */
    boolean markUndone(long id, Instant at) {
        return jdbc.sql("UPDATE correction SET undone_at = ? WHERE id = ? AND undone_at IS NULL")
                .params(at.atOffset(ZoneOffset.UTC), id).update() > 0;
    }

    private static Change change(ResultSet rs) throws SQLException {
        String oldStatus = rs.getString("old_status");
        Reading before = oldStatus == null ? null
                : new Reading(rs.getObject("old_place_id", Long.class), MentionStatus.of(oldStatus));
        return new Change(rs.getLong("mention_id"), rs.getLong("article_id"), before,
                new Reading(rs.getObject("new_place_id", Long.class), MentionStatus.of(rs.getString("new_status"))));
    }

    private static CorrectionEntry entry(ResultSet rs, int row) throws SQLException {
        return new CorrectionEntry(rs.getLong("id"), instant(rs.getObject("made_at", OffsetDateTime.class)),
                rs.getString("made_by"), rs.getString("action"), rs.getString("scope"), rs.getString("name"),
                rs.getObject("rule_id", Long.class), instant(rs.getObject("undone_at", OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
