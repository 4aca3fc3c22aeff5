package org.newsatlas.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.dashboard.DashboardService;
import org.newsatlas.places.StoredPlace;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@NewsAtlasTest
class FirstOrderDivisionBackfillIT {

    /** The dictionary geoparser's Bab El Oued, a district of Algiers; no other test stores it. */
    private static final long BAB_EL_OUED = 97013530;

    @Autowired
    FirstOrderDivisionBackfill backfill;

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_place_stored_before_divisions_were_recorded_gets_its_division_and_the_dashboard_shows_it() {
        long placeId = storedTheOldWay(BAB_EL_OUED, "Bab El Oued");
        assertThat(dashboard.storedPlace(placeId)).get().extracting(StoredPlace::admin1Name).isNull();

        backfill.run(null);

        assertThat(dashboard.storedPlace(placeId)).get().satisfies(place -> {
            assertThat(place.admin1Name()).isEqualTo("Algiers");
            assertThat(place.description()).isEqualTo("second-order administrative division in Algiers, Algeria");
        });
        assertThat(jdbc.queryForObject("SELECT admin1_code FROM place WHERE id = ?", String.class, placeId))
                .isEqualTo("01");
    }

    @Test
    void a_place_the_gazetteer_does_not_know_is_left_to_look_up_again_later() {
        long placeId = storedTheOldWay(9_999_999, "Nowhere Known");

        backfill.run(null);

        assertThat(jdbc.queryForObject("SELECT admin1_code FROM place WHERE id = ?", String.class, placeId)).isNull();
        assertThat(dashboard.storedPlace(placeId)).get().extracting(StoredPlace::admin1Name).isNull();
    }

    /** A place row as the first schema wrote it: no admin1 code or name. */
    private long storedTheOldWay(long geonameId, String name) {
        jdbc.update("""
                INSERT INTO place (geoname_id, name, country_code, feature_class, feature_code, latitude, longitude)
                VALUES (?, ?, 'DZ', 'A', 'ADM2', 36.79, 3.05)""", geonameId, name);
        return jdbc.queryForObject("SELECT id FROM place WHERE geoname_id = ?", Long.class, geonameId);
    }
}
