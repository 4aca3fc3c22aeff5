package org.newsatlas.geocoding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.gazetteer.FeatureCodes;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.GeoDistance;

/**
 * What a document is about, geographically, as far as the current choices tell: how often each
 * country and first-order division comes up and where the chosen places lie. Each contribution
 * remembers its name group so that a group is never its own evidence.
 */
final class DocumentFocus {

    private record Contribution(int group, GazetteerEntry place, int mentions) {
    }

    private final List<Contribution> contributions = new ArrayList<>();
    private final Map<String, Double> countryWeight = new HashMap<>();
    private final Map<String, Double> divisionWeight = new HashMap<>();
    private double totalWeight;

    void add(int group, GazetteerEntry place, int mentions) {
        contributions.add(new Contribution(group, place, mentions));
        double weight = weight(place, mentions);
        totalWeight += weight;
        if (place.countryCode() != null && !place.countryCode().isEmpty()) {
            countryWeight.merge(place.countryCode(), weight, Double::sum);
            if (place.admin1Code() != null && !place.admin1Code().isEmpty() && !place.isCountry()) {
                divisionWeight.merge(divisionKey(place), weight, Double::sum);
            }
        }
    }

    /** Share of the other groups' weight that lies in the candidate's country, 0..1. */
    double countryShare(int group, GazetteerEntry candidate) {
        if (candidate.countryCode() == null || candidate.countryCode().isEmpty()) {
            return 0;
        }
        double own = 0;
        double ownTotal = 0;
        for (Contribution contribution : contributions) {
            if (contribution.group() == group) {
                double weight = weight(contribution.place(), contribution.mentions());
                ownTotal += weight;
                if (candidate.countryCode().equals(contribution.place().countryCode())) {
                    own += weight;
                }
            }
        }
        double others = totalWeight - ownTotal;
        if (others <= 0) {
            return 0;
        }
        return (countryWeight.getOrDefault(candidate.countryCode(), 0.0) - own) / others;
    }

    /**
     * Share of the other groups' weight that lies in the candidate's first-order division, if
     * another group names that division itself ("Ohio"), else 0: a state the text names says more
     * than a town that happens to lie in it, and how much more depends on how much of the text is
     * there. A division is not inside itself, so a state candidate gets 0.
     */
    double namedDivisionShare(int group, GazetteerEntry candidate) {
        if (candidate.admin1Code() == null || candidate.admin1Code().isEmpty() || candidate.isCountry()
                || candidate.isFirstOrderDivision()) {
            return 0;
        }
        boolean named = false;
        double own = 0;
        double ownTotal = 0;
        for (Contribution contribution : contributions) {
            GazetteerEntry place = contribution.place();
            boolean inside = !place.isCountry() && candidate.countryCode().equals(place.countryCode())
                    && candidate.admin1Code().equals(place.admin1Code());
            if (contribution.group() == group) {
                double weight = weight(place, contribution.mentions());
                ownTotal += weight;
                own += inside ? weight : 0;
            } else if (inside && place.isFirstOrderDivision()) {
                named = true;
            }
        }
        double others = totalWeight - ownTotal;
        if (!named || others <= 0) {
            return 0;
        }
        return (divisionWeight.getOrDefault(divisionKey(candidate), 0.0) - own) / others;
    }

    /** Whether another group's place lies in the candidate's first-order division. */
    boolean sharesDivision(int group, GazetteerEntry candidate) {
        if (candidate.admin1Code() == null || candidate.admin1Code().isEmpty() || candidate.isCountry()) {
            return false;
        }
        for (Contribution contribution : contributions) {
            GazetteerEntry place = contribution.place();
            if (contribution.group() != group && !place.isCountry()
                    && candidate.countryCode().equals(place.countryCode())
                    && candidate.admin1Code().equals(place.admin1Code())) {
                return true;
            }
        }
        return false;
    }

    /** Distance in km from the candidate to the nearest place chosen for another group. */
    double nearestOtherKm(int group, GazetteerEntry candidate) {
        double nearest = Double.POSITIVE_INFINITY;
        for (Contribution contribution : contributions) {
            // another name for the same place is not independent evidence of being near it
            if (contribution.group() != group && isPointLike(contribution.place())
                    && contribution.place().geonameId() != candidate.geonameId()) {
                nearest = Math.min(nearest, GeoDistance.km(candidate, contribution.place()));
            }
        }
        return nearest;
    }

    /** Countries and continents are too large for their point to say anything about proximity. */
    static boolean isPointLike(GazetteerEntry place) {
        return !place.isCountry() && !FeatureCodes.isContinent(place.featureCode())
                && !FeatureCodes.isRegion(place.featureCode()) && !place.isFirstOrderDivision();
    }

    /** A country named in the text says more about the focus than any one place in it. */
    private static double weight(GazetteerEntry place, int mentions) {
        return mentions * (place.isCountry() ? ResolutionWeights.COUNTRY_MENTION_WEIGHT : 1.0);
    }

    private static String divisionKey(GazetteerEntry place) {
        return place.countryCode() + "." + place.admin1Code();
    }
}
