package org.newsatlas.places;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsatlas.base.jdbc.RecordRows;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The place table; only this feature's services use it. Places are stored once per gazetteer
 * entry; our id, not the GeoNames id, is used everywhere else.
 */
@Repository
class PlaceRepository {

    private final JdbcClient jdbc;

    PlaceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Our id for this gazetteer entry, if it is stored. */
    Optional<Long> find(GazetteerEntry entry) {
        return jdbc.sql("SELECT id FROM place WHERE geoname_id = ?")
                .param(entry.geonameId())
                .query(Long.class)
                .optional();
    }

    /** Our ids of the places already stored for these GeoNames ids, by GeoNames id. */
    Map<Long, Long> idsByGeonameId(Collection<Long> geonameIds) {
        Map<Long, Long> ids = new HashMap<>();
        if (geonameIds.isEmpty()) {
            return ids;
        }
        record Row(long id, long geonameId) {
        }
        // an article names a few dozen places at most: far below the bind-variable limits
        jdbc.sql("SELECT id, geoname_id FROM place WHERE geoname_id IN (:ids)")
                .param("ids", List.copyOf(geonameIds))
                .query(RecordRows.of(Row.class))
                .list()
                .forEach(row -> ids.put(row.geonameId(), row.id()));
        return ids;
    }

    /**
     * Stores a gazetteer entry met for the first time and returns our id for it. The admin1 code is
     * stored even when blank (as ""), so that null keeps meaning "not yet looked up".
     */
    long insert(GazetteerEntry entry, String admin1Name) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO place (geoname_id, name, country_code, feature_class, feature_code,
                                   admin1_code, admin1_name, latitude, longitude, population)
                VALUES (:geonameId, :name, :countryCode, :featureClass, :featureCode,
                        :admin1Code, :admin1Name, :latitude, :longitude, :population)""")
                .param("geonameId", entry.geonameId())
                .param("name", truncate(entry.name(), 200))
                .param("countryCode", blankToNull(entry.countryCode()))
                .param("featureClass", blankToNull(entry.featureClass()))
                .param("featureCode", blankToNull(entry.featureCode()))
                .param("admin1Code", admin1Code(entry.admin1Code()))
                .param("admin1Name", admin1Name(admin1Name))
                .param("latitude", entry.latitude())
                .param("longitude", entry.longitude())
                .param("population", entry.population())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    static String admin1Code(String code) {
        return code == null ? "" : truncate(code.strip(), 20);
    }

    static String admin1Name(String name) {
        return name == null || name.isBlank() ? null : truncate(name.strip(), 200);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A missing name goes through as null: the database refuses it (NOT NULL), not this method. */
    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
