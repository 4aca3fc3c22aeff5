package org.newsatlas.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.GeoDistance;

/** Questions about the gazetteer behind an error: could the right place have been found at all? */
final class GazetteerCheck {

    static final double NEAR_KM = 161;

    private final Gazetteer gazetteer;

    GazetteerCheck(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Entries with this normalised name, and the places it is a demonym of ("Iraqi"). */
    List<GazetteerEntry> entriesNamed(String name) {
        List<GazetteerEntry> entries = new ArrayList<>(gazetteer.lookup(name));
        entries.addAll(gazetteer.demonyms(name));
        return entries;
    }

    /**
     * Whether the gazetteer has the gold toponym: an entry of one of these names within 161 km of
     * the gold point, or any entry of those names when the gold has no coordinates.
     */
    boolean has(Toponym gold, String... names) {
        for (String name : names) {
            for (GazetteerEntry entry : entriesNamed(name)) {
                if (!gold.hasCoordinates() || near(entry, gold)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the gazetteer has the name (or demonym) anywhere. */
    boolean knows(String name) {
        return !entriesNamed(name).isEmpty();
    }

    /** Whether the word names this place only as a demonym, not as one of its names. */
    boolean isDemonymOf(String word, GazetteerEntry place) {
        boolean named = gazetteer.lookup(word).stream().anyMatch(e -> e.geonameId() == place.geonameId());
        return !named && gazetteer.demonyms(word).stream().anyMatch(e -> e.geonameId() == place.geonameId());
    }

    static boolean near(GazetteerEntry entry, Toponym gold) {
        return GeoDistance.km(entry.latitude(), entry.longitude(), gold.lat(), gold.lon()) <= NEAR_KM;
    }
}
