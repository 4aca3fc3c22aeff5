package org.newsatlas.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the geoparser's confidence means something: acc@161 of overlap-matched gold toponyms
 * with coordinates, bucketed by the matched prediction's confidence.
 */
final class ConfidenceBands {

    static final String[] LABELS = {"[0, 0.25)", "[0.25, 0.5)", "[0.5, 0.75)", "[0.75, 0.9)", "[0.9, 1.0]"};

    private final int[] n = new int[LABELS.length];
    private final int[] correct = new int[LABELS.length];
    private int withoutConfidence;

    /** The band of a confidence; values outside [0, 1] go to the nearest end band. */
    static int band(double confidence) {
        if (confidence < 0.25) {
            return 0;
        }
        if (confidence < 0.5) {
            return 1;
        }
        if (confidence < 0.75) {
            return 2;
        }
        return confidence < 0.9 ? 3 : 4;
    }

    void addAll(List<ScoredArticle> articles) {
        for (ScoredArticle article : articles) {
            for (Match match : article.overlap()) {
                if (match.gold().hasCoordinates()) {
                    add(match.predicted().confidence(), isCorrect(match));
                }
            }
        }
    }

    void add(Double confidence, boolean placedCorrectly) {
        if (confidence == null) {
            withoutConfidence++;
            return;
        }
        int band = band(confidence);
        n[band]++;
        if (placedCorrectly) {
            correct[band]++;
        }
    }

    int count(int band) {
        return n[band];
    }

    double accuracy(int band) {
        return Figures.ratio(correct[band], n[band]);
    }

    List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add("Confidence bands (overlap-matched gold toponyms with coordinates, by the prediction's confidence):");
        for (int band = 0; band < LABELS.length; band++) {
            lines.add(String.format(Locale.ROOT, "  %-12s n=%-5d acc@161=%s", LABELS[band], n[band],
                    n[band] == 0 ? "-" : PyFormat.fixed(accuracy(band), 4)));
        }
        if (withoutConfidence > 0) {
            lines.add(String.format(Locale.ROOT, "  no confidence field: %d", withoutConfidence));
        }
        return lines;
    }

    /** The same test as the scorer's: a prediction without coordinates is never within 161 km. */
    private static boolean isCorrect(Match match) {
        Toponym g = match.gold();
        Toponym p = match.predicted();
        return p.hasCoordinates()
                && Math.min(GeocodingErrors.km(g.lat(), g.lon(), p.lat(), p.lon()), GeocodingErrors.MAX_KM) <= GeocodingErrors.CORRECT_KM;
    }
}
