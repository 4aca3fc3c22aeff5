package org.newsatlas.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsatlas.gazetteer.FeatureCodes;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geoparser.ResolvedToponym;

/**
 * Overlap-matched gold toponyms with coordinates that were placed more than 161 km away, and
 * whether the resolver could have done better: was the right place among its ranked candidates,
 * or in the gazetteer at all?
 */
final class WrongResolutions {

    /** One (gold name, chosen place) pair and how often it went wrong that way. */
    private static final class Case {
        final String goldName;
        final GazetteerEntry chosen;
        int count;
        double sumKm;
        int alternativeNear;
        int gazetteerNear;

        Case(String goldName, GazetteerEntry chosen) {
            this.goldName = goldName;
            this.chosen = chosen;
        }
    }

    private final GazetteerCheck gazetteer;
    private final Map<String, Case> cases = new LinkedHashMap<>();
    private int total;
    private int rankedLower;
    private int notCandidate;
    private int notInGazetteer;
    private int samePlace;
    private int areas;

    WrongResolutions(GazetteerCheck gazetteer) {
        this.gazetteer = gazetteer;
    }

    void add(ScoredArticle article, ArticleDiagnosis diagnosis) {
        for (Match match : article.overlap()) {
            Toponym gold = match.gold();
            Toponym predicted = match.predicted();
            Optional<ResolvedToponym> resolved = diagnosis.resolved(predicted);
            if (!gold.hasCoordinates() || !predicted.hasCoordinates() || resolved.isEmpty()) {
                continue;
            }
            double km = GeocodingErrors.km(gold.lat(), gold.lon(), predicted.lat(), predicted.lon());
            if (km <= GeocodingErrors.CORRECT_KM) {
                continue;
            }
            total++;
            boolean alternative = resolved.get().alternatives().stream()
                    .anyMatch(c -> GazetteerCheck.near(c.place(), gold));
            boolean inGazetteer = gazetteer.has(gold, gold.name(), predicted.name());
            if (alternative) {
                rankedLower++;
            } else if (inGazetteer) {
                notCandidate++;
            } else {
                notInGazetteer++;
            }
            GazetteerEntry chosen = resolved.get().place();
            if (gold.geonameId() != null && gold.geonameId() == chosen.geonameId()) {
                // the right place, but our gazetteer puts its point elsewhere than the corpus does
                samePlace++;
            }
            if (chosen.isCountry() || chosen.isFirstOrderDivision() || FeatureCodes.AREA.equals(chosen.featureClass())) {
                areas++;
            }
            Case c = cases.computeIfAbsent(gold.name() + "\u0000" + chosen.geonameId(), k -> new Case(gold.name(), chosen));
            c.count++;
            c.sumKm += km;
            c.alternativeNear += alternative ? 1 : 0;
            c.gazetteerNear += inGazetteer ? 1 : 0;
        }
    }

    int count() {
        return total;
    }

    List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT,
                "Wrong resolutions: %d matched gold toponyms with coordinates placed more than 161 km away", total));
        lines.add(String.format(Locale.ROOT, "  %5d  right candidate was available but ranked lower", rankedLower));
        lines.add(String.format(Locale.ROOT,
                "  %5d  gazetteer has that name near the gold point, but not among the ranked candidates", notCandidate));
        lines.add(String.format(Locale.ROOT, "  %5d  gold not in gazetteer at that point", notInGazetteer));
        lines.add(String.format(Locale.ROOT, "  (%d of all these chose the gold's GeoNames id: the gazetteer's point for it"
                + " is more than 161 km from the corpus's)", samePlace));
        lines.add(String.format(Locale.ROOT, "  (%d of all these chose a country, first-order division or region, where the"
                + " gazetteer's representative point may just differ from the corpus's)", areas));
        lines.add("  most frequent (gold name -> chosen place; of n: right place among candidates / in gazetteer):");
        List<Case> sorted = new ArrayList<>(cases.values());
        sorted.sort(Comparator.comparingInt((Case c) -> c.count).reversed().thenComparing(c -> c.goldName));
        for (Case c : sorted.subList(0, Math.min(20, sorted.size()))) {
            GazetteerEntry p = c.chosen;
            lines.add(String.format(Locale.ROOT, "    %-22s -> %s, %s, %s.%s, pop %d, %.0f km; n=%d: %d / %d",
                    c.goldName, p.name(), p.countryCode() == null || p.countryCode().isEmpty() ? "-" : p.countryCode(),
                    p.featureClass(), p.featureCode(), p.population(),
                    c.sumKm / c.count, c.count, c.alternativeNear, c.gazetteerNear));
        }
        return lines;
    }
}
