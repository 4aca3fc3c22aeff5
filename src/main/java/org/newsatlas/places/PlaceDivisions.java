package org.newsatlas.places;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsatlas.base.jdbc.RecordRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first-order division of places stored before it was recorded with them. A place whose
 * {@code admin1_code} is null has not been looked up yet; once looked up, the code is stored even
 * when blank, so that it is not looked up again.
 */
@Service
@Transactional
public class PlaceDivisions {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ApplicationEventPublisher events;

    PlaceDivisions(JdbcClient jdbc, JdbcTemplate batches, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.events = events;
    }

    /** A stored place by our id and its GeoNames id. */
    public record PlaceRef(long placeId, long geonameId) {
    }

    /** Where a place lies: its GeoNames admin1 code and the division's name (null when there is none). */
    public record Division(long placeId, String admin1Code, String admin1Name) {
    }

    /** The places whose first-order division was never looked up. */
    @Transactional(readOnly = true)
    public List<PlaceRef> notLookedUp() {
        return jdbc.sql("SELECT id AS place_id, geoname_id FROM place WHERE admin1_code IS NULL ORDER BY id")
                .query(RecordRows.of(PlaceRef.class))
                .list();
    }

    /** Records where these places lie, and tells copies of them. */
    public void record(List<Division> divisions) {
        if (divisions.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(divisions.size());
        Set<Long> ids = new HashSet<>();
        for (Division division : divisions) {
            rows.add(new Object[] {PlaceRepository.admin1Code(division.admin1Code()),
                PlaceRepository.admin1Name(division.admin1Name()), division.placeId()});
            ids.add(division.placeId());
        }
        batches.batchUpdate("UPDATE place SET admin1_code = ?, admin1_name = ? WHERE id = ?", rows);
        events.publishEvent(new PlacesChanged(ids));
    }
}
