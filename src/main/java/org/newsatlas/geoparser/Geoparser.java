package org.newsatlas.geoparser;

import java.util.List;
import java.util.Optional;
import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * Finds the place names in a text and resolves each to a gazetteer entry. A plain library entry
 * point: the web app, the command line and batch jobs all call it. Implementations are
 * thread-safe; they keep per-thread NLP state internally.
 */
public interface Geoparser {

    GeoparsedText parse(String text);

    /**
     * Whether a call would be answered at once. The web app's geoparser loads in the background
     * after start-up and says no until it has; the others are ready when they exist.
     */
    default boolean isReady() {
        return true;
    }

    /** Returns once the geoparser is ready; every other method waits for this itself. */
    default void awaitReady() {
    }

    /** Runs the task once the geoparser is ready, on a thread of its choosing, in the order given. */
    default void whenReady(Runnable task) {
        task.run();
    }

    /**
     * The first-order division (state, province, governorate) a place lies in, as the gazetteer
     * knows it: Illinois for Springfield, IL. Empty for countries, for the divisions themselves,
     * and where the gazetteer has no such division.
     */
    default Optional<GazetteerEntry> firstOrderDivisionOf(GazetteerEntry place) {
        return Optional.empty();
    }

    /** The gazetteer's entry for a GeoNames id, to complete what was stored about a place earlier. */
    default Optional<GazetteerEntry> gazetteerEntry(long geonameId) {
        return Optional.empty();
    }

    /** Gazetteer entries whose names start with this text, exact names first, then by population. */
    default List<GazetteerEntry> searchPlaces(String prefix, int limit) {
        return List.of();
    }
}
