package org.newsatlas.geocoding;

import static org.newsatlas.geocoding.ResolutionWeights.COUNTRY_FOCUS;
import static org.newsatlas.geocoding.ResolutionWeights.COUNTRY_QUALIFIER;
import static org.newsatlas.geocoding.ResolutionWeights.DISTANT_BONUS;
import static org.newsatlas.geocoding.ResolutionWeights.DISTANT_KM;
import static org.newsatlas.geocoding.ResolutionWeights.FIRST_ORDER_DIVISION_QUALIFIER;
import static org.newsatlas.geocoding.ResolutionWeights.NEAR_BONUS;
import static org.newsatlas.geocoding.ResolutionWeights.NEAR_KM;
import static org.newsatlas.geocoding.ResolutionWeights.PRIMARY_NAME_BONUS;
import static org.newsatlas.geocoding.ResolutionWeights.REGIONAL_BONUS;
import static org.newsatlas.geocoding.ResolutionWeights.REGIONAL_KM;
import static org.newsatlas.geocoding.ResolutionWeights.SECOND_ORDER_DIVISION_QUALIFIER;
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
        if (focus == null) {
            return 0;
        }
        double score = COUNTRY_FOCUS * focus.countryShare(group, candidate);
        if (focus.sharesDivision(group, candidate)) {
            score += SHARED_DIVISION;
        }
        return score + proximity(focus.nearestOtherKm(group, candidate));
    }

    /** The bonus for the distance to the nearest place chosen for another name. */
    static double proximity(double km) {
        return km < NEAR_KM ? NEAR_BONUS : km < REGIONAL_KM ? REGIONAL_BONUS : km < DISTANT_KM ? DISTANT_BONUS : 0;
    }

    static boolean isPrimaryName(GazetteerEntry candidate, String surface) {
        String name = NameNormalizer.normalize(surface);
        int comma = candidate.name().indexOf(',');
        return name.equals(NameNormalizer.normalize(candidate.name()))
                || name.equals(NameNormalizer.normalize(candidate.asciiName()))
                // "Washington, D.C.": the part before the comma is the name; the rest qualifies it
                || comma > 0 && name.equals(NameNormalizer.normalize(candidate.name().substring(0, comma)));
    }

    /** "Paris, Texas": a following country or division that contains the candidate. */
    static double qualifierSupport(GazetteerEntry candidate, List<GazetteerEntry> qualifiers) {
        double support = 0;
        for (GazetteerEntry qualifier : qualifiers) {
            if (qualifier.geonameId() == candidate.geonameId()
                    || !same(qualifier.countryCode(), candidate.countryCode())) {
                continue;
            }
            if (qualifier.isCountry()) {
                support = Math.max(support, COUNTRY_QUALIFIER);
            } else if (qualifier.isFirstOrderDivision() && same(qualifier.admin1Code(), candidate.admin1Code())) {
                support = Math.max(support, FIRST_ORDER_DIVISION_QUALIFIER);
            } else if (FeatureCodes.isSecondOrderDivision(qualifier.featureCode())
                    && same(qualifier.admin1Code(), candidate.admin1Code())
                    && same(qualifier.admin2Code(), candidate.admin2Code())) {
                support = Math.max(support, SECOND_ORDER_DIVISION_QUALIFIER);
            }
        }
        return support;
    }

    private static boolean same(String a, String b) {
        return a != null && !a.isEmpty() && a.equals(b);
    }
}
