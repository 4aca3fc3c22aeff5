package org.newsatlas.geocoding;

import java.util.List;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.NameNormalizer;

/** The score of one candidate place for a name: prominence plus what the document says. */
final class CandidateScoring {

    private CandidateScoring() {
    }

    static double score(GazetteerEntry candidate, PlaceMention mention, List<GazetteerEntry> qualifiers,
            DocumentFocus focus, int group) {
        double score = Prominence.of(candidate);
        if (!mention.demonym() && isPrimaryName(candidate, mention.name())) {
            score += 1.8;
        }
        score += qualifierSupport(candidate, qualifiers);
        if (focus != null) {
            score += 3.0 * focus.countryShare(group, candidate);
            if (focus.sharesDivision(group, candidate)) {
                score += 1.0;
            }
            double km = focus.nearestOtherKm(group, candidate);
            score += km < 50 ? 1.5 : km < 200 ? 1.0 : km < 500 ? 0.4 : 0;
        }
        return score;
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
