package org.newsatlas.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geoparser.Geoparser;
import org.newsatlas.places.PlaceDivisions;
import org.newsatlas.places.PlaceDivisions.Division;
import org.newsatlas.places.PlaceDivisions.PlaceRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, names the first-order division of places stored before divisions were recorded
 * (new places get theirs when first stored). A place the gazetteer no longer knows is left for a
 * later start with another gazetteer.
 */
@Component
class FirstOrderDivisionBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstOrderDivisionBackfill.class);
    /** Places updated per transaction: keeps transactions short on a large database. */
    static final int BATCH = 1000;

    private final PlaceDivisions divisions;
    private final Geoparser geoparser;

    FirstOrderDivisionBackfill(PlaceDivisions divisions, Geoparser geoparser) {
        this.divisions = divisions;
        this.geoparser = geoparser;
    }

    @Override
    public void run(ApplicationArguments args) {
        // it asks the gazetteer, which the geoparser loads in the background after start-up
        geoparser.whenReady(this::backfill);
    }

    void backfill() {
        List<PlaceRef> pending = divisions.notLookedUp();
        List<Division> found = new ArrayList<>();
        int named = 0;
        for (PlaceRef place : pending) {
            Optional<GazetteerEntry> entry = geoparser.gazetteerEntry(place.geonameId());
            if (entry.isEmpty()) {
                continue;
            }
            String name = geoparser.firstOrderDivisionOf(entry.get()).map(GazetteerEntry::name).orElse(null);
            named += name == null ? 0 : 1;
            found.add(new Division(place.placeId(), entry.get().admin1Code(), name));
            if (found.size() == BATCH) {
                divisions.record(found);
                found.clear();
            }
        }
        divisions.record(found);
        if (!pending.isEmpty()) {
            log.info("First-order divisions looked up for {} stored places ({} named)", pending.size(), named);
        }
    }
}
