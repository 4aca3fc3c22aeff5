package org.newsatlas.geocoding;

import java.util.List;
import org.newsatlas.extraction.PlaceMention;
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
            score += 1.8;
        }
        return score + qualifierSupport(candidate, qualifiers);
    }

    /** What the document's other places, as currently chosen, say for the candidate. */
    static double contextual(GazetteerEntry candidate, DocumentFocus focus, int group) {
        if (focus == null) {
            return 0;
        }
        double score = 3.0 * focus.countryShare(group, candidate);
        if (focus.sharesDivision(group, candidate)) {
            score += 1.0;
        }
        double km = focus.nearestOtherKm(group, candidate);
        return score + (km < 50 ? 1.5 : km < 200 ? 1.0 : km < 500 ? 0.4 : 0);
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
    private static double qualifierSupport(GazetteerEntry candidate, List<GazetteerEntry> qualifiers) {
        double support = 0;
        for (GazetteerEntry qualifier : qualifiers) {
            if (qualifier.geonameId() == candidate.geonameId()
                    || !same(qualifier.countryCode(), candidate.countryCode())) {
                continue;
            }
            if (qualifier.isCountry()) {
                support = Math.max(support, 3.0);
            } else if (qualifier.isFirstOrderDivision() && same(qualifier.admin1Code(), candidate.admin1Code())) {
                support = Math.max(support, 4.0);
            } else if ("ADM2".equals(qualifier.featureCode()) && same(qualifier.admin1Code(), candidate.admin1Code())
                    && same(qualifier.admin2Code(), candidate.admin2Code())) {
                support = Math.max(support, 4.0);
            }
        }
        return support;
    }

    private static boolean same(String a, String b) {
        return a != null && !a.isEmpty() && a.equals(b);
    }
}
