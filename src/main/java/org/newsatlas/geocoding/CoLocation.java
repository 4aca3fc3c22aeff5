package org.newsatlas.geocoding;

import static org.newsatlas.geocoding.ResolutionWeights.CO_LOCATION_KM;
import static org.newsatlas.geocoding.ResolutionWeights.MAX_CO_LOCATION_SUPPORT;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * A cheap test before the great-circle distance: a degree of latitude is at least 111 km, so
     * places further apart in latitude than this cannot be near.
     */
    private static final double NEAR_DEGREES = CO_LOCATION_KM / 111.0;

    private final Map<NameGroup, double[]> support = new IdentityHashMap<>();

    /** The support of every candidate of {@code groups} from the readings of {@code supporters}. */
    CoLocation(List<NameGroup> groups, List<NameGroup> supporters) {
        for (NameGroup group : groups) {
            List<GazetteerEntry> candidates = group.candidates();
            double[] values = new double[candidates.size()];
            for (int i = 0; i < candidates.size(); i++) {
                values[i] = supportOf(candidates.get(i), group, supporters);
            }
            support.put(group, values);
        }
    }

    double support(NameGroup group, int candidate) {
        return support.get(group)[candidate];
    }

    double supportOfBest(NameGroup group) {
        return support(group, group.candidates().indexOf(group.best()));
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
        return Math.min(MAX_CO_LOCATION_SUPPORT, total);
    }

    private static boolean isNear(GazetteerEntry a, GazetteerEntry b) {
        return Math.abs(a.latitude() - b.latitude()) < NEAR_DEGREES
                && GeoDistance.km(a, b) < CO_LOCATION_KM;
    }
}
