package org.newsatlas.geocoding;

import static org.newsatlas.geocoding.ResolutionWeights.CO_LOCATION_KM;
import static org.newsatlas.geocoding.ResolutionWeights.MAX_CO_LOCATION_SUPPORT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.gazetteer.FeatureCodes;
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
    private final Map<NameGroup, boolean[]> inNamedCounty = new IdentityHashMap<>();

    /** The support of every candidate of {@code groups} from the readings of {@code supporters}. */
    CoLocation(List<NameGroup> groups, List<NameGroup> supporters) {
        Map<String, List<NameGroup>> countiesNamed = countiesNamedInFull(supporters);
        for (NameGroup group : groups) {
            List<GazetteerEntry> candidates = group.candidates();
            double[] values = new double[candidates.size()];
            boolean[] counties = new boolean[candidates.size()];
            for (int i = 0; i < candidates.size(); i++) {
                values[i] = supportOf(candidates.get(i), group, supporters);
                counties[i] = isInNamedCounty(candidates.get(i), group, countiesNamed);
            }
            support.put(group, values);
            inNamedCounty.put(group, counties);
        }
    }

    double support(NameGroup group, int candidate) {
        return support.get(group)[candidate];
    }

    /**
     * Whether the candidate lies in a county that another name of the document spells out in full
     * ("Athens" beside "Henderson County": Athens, Texas lies in Henderson County, Texas).
     */
    boolean inNamedCounty(NameGroup group, int candidate) {
        return inNamedCounty.get(group)[candidate];
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

    /**
     * The counties the names of {@code groups} spell out in full, by {@link #countyKey}, each with
     * the groups that name it. A county counts only where the name is its own full name of two
     * words or more ("Madison County", "Douglas County"): a bare "Washington" names a town as often
     * as any of thirty counties.
     */
    private static Map<String, List<NameGroup>> countiesNamedInFull(List<NameGroup> groups) {
        Map<String, List<NameGroup>> named = new HashMap<>();
        for (NameGroup group : groups) {
            if (group.mentions().isEmpty()) {
                continue;
            }
            String name = group.mentions().get(0).name();
            if (name.indexOf(' ') < 0) {
                continue;
            }
            for (GazetteerEntry county : group.candidates()) {
                if (FeatureCodes.isSecondOrderDivision(county.featureCode()) && CandidateScoring.isPrimaryName(county, name)) {
                    named.computeIfAbsent(countyKey(county), key -> new ArrayList<>()).add(group);
                }
            }
        }
        return named;
    }

    /** A county named by another group than the candidate's own: a county named like the candidate ("Cambridge") is the same place. */
    private static boolean isInNamedCounty(GazetteerEntry candidate, NameGroup own, Map<String, List<NameGroup>> countiesNamed) {
        if (!DocumentFocus.isPointLike(candidate) || FeatureCodes.isSecondOrderDivision(candidate.featureCode())
                || isEmpty(candidate.admin2Code())) {
            return false;
        }
        List<NameGroup> naming = countiesNamed.getOrDefault(countyKey(candidate), List.of());
        for (NameGroup group : naming) {
            if (group != own) {
                return true;
            }
        }
        return false;
    }

    private static String countyKey(GazetteerEntry entry) {
        return entry.countryCode() + '\u0000' + entry.admin1Code() + '\u0000' + entry.admin2Code();
    }

    private static boolean isEmpty(String code) {
        return code == null || code.isEmpty();
    }

    private static boolean isNear(GazetteerEntry a, GazetteerEntry b) {
        return Math.abs(a.latitude() - b.latitude()) < NEAR_DEGREES
                && GeoDistance.km(a, b) < CO_LOCATION_KM;
    }
}
