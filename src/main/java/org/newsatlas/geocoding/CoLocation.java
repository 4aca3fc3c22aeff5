package org.newsatlas.geocoding;

import java.util.List;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.GeoDistance;

/**
 * How well each candidate of a name fits among the possible readings of the document's other
 * names: Columbus, Nebraska has a Platte County and a Norfolk nearby, Columbus, Ohio has not.
 * Unlike {@link DocumentFocus} this looks at every candidate of the other names, not only their
 * current choice, so a cluster of small places can win together against a famous namesake. A name
 * with many readings ("Washington") lends each of them little weight.
 */
final class CoLocation {

    static final double NEAR_KM = 100;
    static final double MAX_SUPPORT = 2.0;
    private static final double NEAR_DEGREES = NEAR_KM / 111.0;

    private final double[][] support;

    CoLocation(List<NameGroup> groups) {
        support = new double[groups.size()][];
        for (NameGroup group : groups) {
            List<GazetteerEntry> candidates = group.candidates();
            support[group.index()] = new double[candidates.size()];
            for (int i = 0; i < candidates.size(); i++) {
                support[group.index()][i] = supportOf(candidates.get(i), group, groups);
            }
        }
    }

    double support(int group, int candidate) {
        return support[group][candidate];
    }

    private static double supportOf(GazetteerEntry candidate, NameGroup own, List<NameGroup> groups) {
        if (!DocumentFocus.isPointLike(candidate)) {
            return 0;
        }
        double total = 0;
        for (NameGroup other : groups) {
            if (other == own) {
                continue;
            }
            List<GazetteerEntry> readings = other.candidates();
            for (GazetteerEntry reading : readings) {
                if (reading.geonameId() != candidate.geonameId() && DocumentFocus.isPointLike(reading)
                        && isNear(candidate, reading)) {
                    total += 1.0 / readings.size();
                    break;
                }
            }
        }
        return Math.min(MAX_SUPPORT, total);
    }

    private static boolean isNear(GazetteerEntry a, GazetteerEntry b) {
        return Math.abs(a.latitude() - b.latitude()) < NEAR_DEGREES
                && GeoDistance.km(a, b) < NEAR_KM;
    }
}
