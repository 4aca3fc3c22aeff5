package org.newsatlas.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.GeoDistance;

/** Questions about the gazetteer behind an error: could the right place have been found at all? */
final class GazetteerCheck {

    private final Gazetteer gazetteer;

    GazetteerCheck(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** An entry and its distance from the point it was sought near. */
    record Nearest(GazetteerEntry entry, double km) {

        /** Close enough to count as the same place (geoeval's 161 km). */
        boolean isNear() {
            return km <= GeocodingErrors.CORRECT_KM;
        }
    }

    /** Entries with this normalised name, and the places it is a demonym of ("Iraqi"). */
    List<GazetteerEntry> entriesNamed(String name) {
        List<GazetteerEntry> entries = new ArrayList<>(gazetteer.lookup(name));
        entries.addAll(gazetteer.demonyms(name));
        return entries;
    }

    /**
     * The entry of this name (or demonym) nearest to the point, the first of equally near ones;
     * empty when the gazetteer does not have the name.
     */
    Optional<Nearest> nearest(String name, double latitude, double longitude) {
        Nearest nearest = null;
        for (GazetteerEntry entry : entriesNamed(name)) {
            double km = km(entry, latitude, longitude);
            if (km < (nearest == null ? Double.MAX_VALUE : nearest.km())) {
                nearest = new Nearest(entry, km);
            }
        }
        return Optional.ofNullable(nearest);
    }

    /**
     * Whether the gazetteer has the gold toponym: an entry of one of these names within 161 km of
     * the gold point, or any entry of those names when the gold has no coordinates.
     */
    boolean has(Toponym gold, String... names) {
        for (String name : names) {
            boolean found = gold.hasCoordinates()
                    ? nearest(name, gold.lat(), gold.lon()).filter(Nearest::isNear).isPresent()
                    : knows(name);
            if (found) {
                return true;
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
        return new Nearest(entry, km(entry, gold.lat(), gold.lon())).isNear();
    }

    private static double km(GazetteerEntry entry, double latitude, double longitude) {
        return GeoDistance.km(entry.latitude(), entry.longitude(), latitude, longitude);
    }
}
