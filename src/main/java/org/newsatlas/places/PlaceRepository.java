package org.newsatlas.places;

import java.util.Optional;
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

    /** Stores the entry and returns our id; fails on the unique key if it is stored already. */
    long insert(GazetteerEntry entry) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO place (geoname_id, name, country_code, feature_class, feature_code,
                                   latitude, longitude, population)
                VALUES (:geonameId, :name, :countryCode, :featureClass, :featureCode,
                        :latitude, :longitude, :population)""")
                .param("geonameId", entry.geonameId())
                .param("name", truncate(entry.name(), 200))
                .param("countryCode", blankToNull(entry.countryCode()))
                .param("featureClass", blankToNull(entry.featureClass()))
                .param("featureCode", blankToNull(entry.featureCode()))
                .param("latitude", entry.latitude())
                .param("longitude", entry.longitude())
                .param("population", entry.population())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A missing name goes through as null: the database refuses it (NOT NULL), not this method. */
    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
