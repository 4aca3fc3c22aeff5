package org.newsatlas.corrections;

import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geoparser.Geoparser;
import org.newsatlas.places.MentionStore;
import org.springframework.stereotype.Component;

/** Turns a GeoNames id a person chose into our place id, adding the place from the gazetteer the first time. */
@Component
class Places {

    private final Geoparser geoparser;
    private final MentionStore store;

    Places(Geoparser geoparser, MentionStore store) {
        this.geoparser = geoparser;
        this.store = store;
    }

    GazetteerEntry entry(long geonameId) {
        return geoparser.gazetteerEntry(geonameId)
                .orElseThrow(() -> new CorrectionRefused("No place with geonameid " + geonameId + " in the gazetteer."));
    }

    /** The first-order division's name ("Illinois"), or null. */
    String admin1Name(GazetteerEntry entry) {
        return geoparser.firstOrderDivisionOf(entry).map(GazetteerEntry::name).orElse(null);
    }

    /** Must run inside the correction's transaction: a new place commits with it. */
    long placeId(long geonameId) {
        GazetteerEntry entry = entry(geonameId);
        return store.placeId(entry, admin1Name(entry));
    }
}
