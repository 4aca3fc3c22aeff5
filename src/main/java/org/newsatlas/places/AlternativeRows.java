package org.newsatlas.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the stored alternatives of mentions, best first. */
@Component
class AlternativeRows {

    /** Well below the bind-variable limits of H2 and PostgreSQL. */
    private static final int IDS_PER_QUERY = 1000;

    private final JdbcClient jdbc;

    AlternativeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, List<Alternative>> of(Collection<Long> mentionIds) {
        Map<Long, List<Alternative>> byMention = new HashMap<>();
        List<Long> all = List.copyOf(mentionIds);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            jdbc.sql("""
                    SELECT mention_id, geoname_id, name, country_code, admin1_name, feature_class, feature_code,
                           latitude, longitude, population, score
                    FROM mention_alternative WHERE mention_id IN (:ids) ORDER BY mention_id, alt_rank""")
                    .param("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .query((rs, row) -> {
                        byMention.computeIfAbsent(rs.getLong("mention_id"), id -> new ArrayList<>()).add(
                                new Alternative(rs.getLong("geoname_id"), rs.getString("name"),
                                        rs.getString("country_code"), rs.getString("admin1_name"),
                                        rs.getString("feature_class"), rs.getString("feature_code"),
                                        rs.getDouble("latitude"), rs.getDouble("longitude"),
                                        rs.getLong("population"), rs.getDouble("score")));
                        return null;
                    })
                    .list();
        }
        return byMention;
    }
}
