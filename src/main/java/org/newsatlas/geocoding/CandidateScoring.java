package org.newsatlas.geocoding;

import static org.newsatlas.geocoding.ResolutionWeights.COUNTRY_FOCUS;
import static org.newsatlas.geocoding.ResolutionWeights.DISTANT_BONUS;
import static org.newsatlas.geocoding.ResolutionWeights.DISTANT_KM;
import static org.newsatlas.geocoding.ResolutionWeights.NAMED_DIVISION;
import static org.newsatlas.geocoding.ResolutionWeights.NEAR_BONUS;
import static org.newsatlas.geocoding.ResolutionWeights.NEAR_KM;
import static org.newsatlas.geocoding.ResolutionWeights.PRIMARY_NAME_BONUS;
import static org.newsatlas.geocoding.ResolutionWeights.REGIONAL_BONUS;
import static org.newsatlas.geocoding.ResolutionWeights.REGIONAL_KM;
import static org.newsatlas.geocoding.ResolutionWeights.SHARED_DIVISION;

import java.util.List;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.FeatureCodes;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.NameNormalizer;

/** The score of one candidate place for a name: prominence plus what the document says. */
final class CandidateScoring {

    private CandidateScoring() {
    }

    /** What the name and its own words say, whatever the rest of the document holds. */
    static double intrinsic(GazetteerEntry candidate, PlaceMention mention, List<GazetteerEntry> qualifiers) {
        double score = Prominence.of(candidate);
        if (!mention.demonym() && isPrimaryName(candidate, mention.name())) {
            score += PRIMARY_NAME_BONUS;
        }
        return score + qualifierSupport(candidate, qualifiers);
    }

    /** What the document's other places, as currently chosen, say for the candidate. */
    static double contextual(GazetteerEntry candidate, DocumentFocus focus, int group) {
        return contextual(candidate, focus, group, true);
    }

    /**
     * As {@link #contextual(GazetteerEntry, DocumentFocus, int)}; {@code namesake} says whether a
     * division the text names may pull the name to this candidate (see {@link NameGroup}).
     */
    static double contextual(GazetteerEntry candidate, DocumentFocus focus, int group, boolean namesake) {
        if (focus == null) {
            return 0;
        }
        double score = COUNTRY_FOCUS * focus.countryShare(group, candidate);
        if (focus.sharesDivision(group, candidate)) {
            score += SHARED_DIVISION;
        }
        score += proximity(focus.nearestOtherKm(group, candidate));
        return namesake ? score + NAMED_DIVISION * focus.namedDivisionShare(group, candidate) : score;
    }

    /**
     * The candidate's features that do not depend on the other names' choices, in
     * {@link ResolutionFeature} order: its kind, population, own name, qualifier and co-location
     * support; the contextual ones are left 0 for {@link #setContextual}.
     */
    static double[] intrinsicFeatures(GazetteerEntry candidate, PlaceMention mention, List<GazetteerEntry> qualifiers,
            double coLocation) {
        double[] features = new double[ResolutionFeature.values().length];
        features[Prominence.kind(candidate).ordinal()] = 1;
        features[ResolutionFeature.POPULATION.ordinal()] = Math.log10(candidate.population() + 1.0);
        if (!mention.demonym() && isPrimaryName(candidate, mention.name())) {
            features[ResolutionFeature.PRIMARY_NAME.ordinal()] = 1;
        }
        ResolutionFeature qualifier = qualifier(candidate, qualifiers);
        if (qualifier != null) {
            features[qualifier.ordinal()] = 1;
        }
        features[ResolutionFeature.CO_LOCATION.ordinal()] = coLocation;
        return features;
    }

    /** Writes what the document's other places, as currently chosen, say into {@code features}. */
    static void setContextual(double[] features, GazetteerEntry candidate, DocumentFocus focus, int group) {
        setContextual(features, candidate, focus, group, true);
    }

    /** As {@link #contextual(GazetteerEntry, DocumentFocus, int, boolean)}, feature by feature. */
    static void setContextual(double[] features, GazetteerEntry candidate, DocumentFocus focus, int group,
            boolean namesake) {
        features[ResolutionFeature.COUNTRY_FOCUS.ordinal()] = 0;
        features[ResolutionFeature.SHARED_DIVISION.ordinal()] = 0;
        features[ResolutionFeature.NEAR.ordinal()] = 0;
        features[ResolutionFeature.REGIONAL.ordinal()] = 0;
        features[ResolutionFeature.DISTANT.ordinal()] = 0;
        features[ResolutionFeature.NAMED_DIVISION.ordinal()] = 0;
        if (focus == null) {
            return;
        }
        features[ResolutionFeature.COUNTRY_FOCUS.ordinal()] = focus.countryShare(group, candidate);
        if (focus.sharesDivision(group, candidate)) {
            features[ResolutionFeature.SHARED_DIVISION.ordinal()] = 1;
        }
        double km = focus.nearestOtherKm(group, candidate);
        ResolutionFeature band = km < NEAR_KM ? ResolutionFeature.NEAR : km < REGIONAL_KM ? ResolutionFeature.REGIONAL
                : km < DISTANT_KM ? ResolutionFeature.DISTANT : null;
        if (band != null) {
            features[band.ordinal()] = 1;
        }
        features[ResolutionFeature.NAMED_DIVISION.ordinal()] = namesake ? focus.namedDivisionShare(group, candidate) : 0;
    }

    /** The bonus for the distance to the nearest place chosen for another name. */
    static double proximity(double km) {
        return km < NEAR_KM ? NEAR_BONUS : km < REGIONAL_KM ? REGIONAL_BONUS : km < DISTANT_KM ? DISTANT_BONUS : 0;
    }

    /**
     * The text calls the candidate by its own name ({@link GazetteerEntry#naming}): "Washington" for
     * "Washington, D.C." too.
     */
    static boolean isPrimaryName(GazetteerEntry candidate, String surface) {
        return candidate.naming(NameNormalizer.normalize(surface)) == GazetteerEntry.Naming.OWN_NAME;
    }

    /** "Paris, Texas": a following country or division that contains the candidate. */
    static double qualifierSupport(GazetteerEntry candidate, List<GazetteerEntry> qualifiers) {
        ResolutionFeature qualifier = qualifier(candidate, qualifiers);
        return qualifier == null ? 0 : qualifier.handSetWeight();
    }

    /**
     * The most telling following qualifier that contains the candidate (the one of highest hand-set
     * weight, the narrower on a tie), or null.
     */
    static ResolutionFeature qualifier(GazetteerEntry candidate, List<GazetteerEntry> qualifiers) {
        ResolutionFeature found = null;
        for (GazetteerEntry qualifier : qualifiers) {
            if (qualifier.geonameId() == candidate.geonameId()
                    || !same(qualifier.countryCode(), candidate.countryCode())) {
                continue;
            }
            ResolutionFeature kind = null;
            if (qualifier.isCountry()) {
                kind = ResolutionFeature.COUNTRY_QUALIFIER;
            } else if (qualifier.isFirstOrderDivision() && same(qualifier.admin1Code(), candidate.admin1Code())) {
                kind = ResolutionFeature.FIRST_ORDER_DIVISION_QUALIFIER;
            } else if (FeatureCodes.isSecondOrderDivision(qualifier.featureCode())
                    && same(qualifier.admin1Code(), candidate.admin1Code())
                    && same(qualifier.admin2Code(), candidate.admin2Code())) {
                kind = ResolutionFeature.SECOND_ORDER_DIVISION_QUALIFIER;
            }
            if (kind != null && (found == null || kind.handSetWeight() > found.handSetWeight()
                    || kind.handSetWeight() == found.handSetWeight() && kind.ordinal() > found.ordinal())) {
                found = kind;
            }
        }
        return found;
    }

    private static boolean same(String a, String b) {
        return a != null && !a.isEmpty() && a.equals(b);
    }
}
