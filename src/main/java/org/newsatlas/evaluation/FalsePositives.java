package org.newsatlas.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsatlas.gazetteer.FeatureCodes;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geoparser.ResolvedToponym;

/**
 * Predictions the overlap matching left unmatched (so the count is predicted minus matched), by
 * what they were taken for: the kind of place, demonym or name, one token or several.
 */
final class FalsePositives {

    private final GazetteerCheck gazetteer;
    private final Frequencies kinds = new Frequencies();
    private final Frequencies forms = new Frequencies();
    private final Frequencies tokens = new Frequencies();
    private final Frequencies names = new Frequencies();
    private int overlappingGold;

    FalsePositives(GazetteerCheck gazetteer) {
        this.gazetteer = gazetteer;
    }

    void add(ScoredArticle article, ArticleDiagnosis diagnosis) {
        Set<Toponym> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        article.overlap().forEach(match -> matched.add(match.predicted()));
        for (Toponym prediction : article.predictedSpans()) {
            if (matched.contains(prediction)) {
                continue;
            }
            names.add(prediction.name());
            tokens.add(prediction.name().trim().split("\\s+").length == 1 ? "single token" : "several tokens");
            if (article.goldSpans().stream().anyMatch(g -> g.overlap(prediction) > 0)) {
                overlappingGold++;
            }
            Optional<ResolvedToponym> resolved = diagnosis.resolved(prediction);
            if (resolved.isPresent()) {
                GazetteerEntry place = resolved.get().place();
                kinds.add(kind(place) + " " + place.featureClass() + "." + place.featureCode());
                forms.add(gazetteer.isDemonymOf(prediction.name(), place) ? "demonym" : "name");
            }
        }
    }

    int count() {
        return names.total();
    }

    /** A coarse reading of the GeoNames feature class and code. */
    static String kind(GazetteerEntry place) {
        if (place.isCountry()) {
            return "country";
        }
        String code = place.featureCode() == null ? "" : place.featureCode();
        return switch (place.featureClass() == null ? "" : place.featureClass()) {
            case FeatureCodes.ADMINISTRATIVE -> FeatureCodes.isFirstOrderDivision(code) ? "state/province"
                    : FeatureCodes.isSecondOrderDivision(code) ? "county" : "other admin";
            case FeatureCodes.POPULATED -> "city/town";
            case FeatureCodes.AREA -> "region/area";
            case FeatureCodes.HYDROGRAPHIC -> "water";
            case FeatureCodes.TERRAIN -> "terrain";
            case FeatureCodes.SPOT -> "spot/building";
            default -> "other";
        };
    }

    List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "False positives: %d predictions not matched to gold"
                + " (%d of them overlap a gold toponym matched to another prediction)", count(), overlappingGold));
        lines.add("  by kind of place:");
        lines.addAll(kinds.wrapped(20, "    ", false));
        lines.add("  by form:");
        lines.addAll(forms.wrapped(5, "    ", false));
        lines.addAll(tokens.wrapped(5, "    ", false));
        lines.add("  most frequent:");
        lines.addAll(names.wrapped(20, "    ", false));
        return lines;
    }
}
