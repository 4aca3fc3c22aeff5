package org.newsatlas.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** geoeval.py's Tally: counts and geocoding errors summed over articles, and its text report. */
final class Tally {

    private enum Mode { EXACT, OVERLAP }

    private int gold;
    private int predicted;
    private int goldCoords;
    private int e2eCorrect;
    private int predictedUncheckable;
    private final int[] matched = new int[2];
    private final int[] unresolved = new int[2];
    private final List<List<Double>> errors = List.of(new ArrayList<>(), new ArrayList<>());

    /** One article's unique, filtered spans. */
    void add(List<Toponym> goldSpans, List<Toponym> predictedSpans) {
        gold += goldSpans.size();
        predicted += predictedSpans.size();
        goldCoords += (int) goldSpans.stream().filter(Toponym::hasLatitude).count();
        add(Mode.EXACT, Matching.exact(goldSpans, predictedSpans));
        add(Mode.OVERLAP, Matching.overlap(goldSpans, predictedSpans));
    }

    private void add(Mode mode, List<Match> matches) {
        int m = mode.ordinal();
        matched[m] += matches.size();
        for (Match match : matches) {
            Toponym g = match.gold();
            Toponym p = match.predicted();
            if (!g.hasCoordinates()) {
                // matched to gold that cannot be checked: left out of end-to-end precision
                if (mode == Mode.OVERLAP) {
                    predictedUncheckable++;
                }
                continue;
            }
            if (!p.hasCoordinates()) {
                unresolved[m]++;
                errors.get(m).add(GeocodingErrors.MAX_KM);
            } else {
                double error = Math.min(GeocodingErrors.km(g.lat(), g.lon(), p.lat(), p.lon()), GeocodingErrors.MAX_KM);
                errors.get(m).add(error);
                if (mode == Mode.OVERLAP && error <= GeocodingErrors.CORRECT_KM) {
                    e2eCorrect++;
                }
            }
        }
    }

    Figures figures() {
        double pExact = Figures.ratio(matched[0], predicted);
        double rExact = Figures.ratio(matched[0], gold);
        double pOverlap = Figures.ratio(matched[1], predicted);
        double rOverlap = Figures.ratio(matched[1], gold);
        int checkable = predicted - predictedUncheckable;
        double e2eP = Figures.ratio(e2eCorrect, checkable);
        double e2eR = Figures.ratio(e2eCorrect, goldCoords);
        return new Figures(gold, goldCoords, predicted,
                pExact, rExact, Figures.f1(pExact, rExact), GeocodingErrors.shareCorrect(errors.get(0)),
                pOverlap, rOverlap, Figures.f1(pOverlap, rOverlap), GeocodingErrors.shareCorrect(errors.get(1)),
                e2eP, e2eR, Figures.f1(e2eP, e2eR));
    }

    GeocodingErrors geocoding(boolean overlap) {
        int m = overlap ? 1 : 0;
        return GeocodingErrors.of(errors.get(m), unresolved[m]);
    }

    /** The lines geoeval.py prints for this tally, character for character. */
    List<String> report(String title) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s: %d gold toponyms (%d with coordinates), %d predicted",
                title, gold, goldCoords, predicted));
        for (Mode mode : Mode.values()) {
            int tp = matched[mode.ordinal()];
            double p = Figures.ratio(tp, predicted);
            double r = Figures.ratio(tp, gold);
            lines.add(String.format(Locale.ROOT, "  recognition %-7s P=%s R=%s F1=%s (matched %d)",
                    label(mode), f4(p), f4(r), f4(Figures.f1(p, r)), tp));
        }
        for (Mode mode : Mode.values()) {
            GeocodingErrors e = geocoding(mode == Mode.OVERLAP);
            if (e == null) {
                lines.add(String.format(Locale.ROOT, "  geocoding   %-7s n=0", label(mode)));
                continue;
            }
            lines.add(String.format(Locale.ROOT,
                    "  geocoding   %-7s n=%d (unresolved %d) acc@161=%s median=%skm mean=%skm AUC=%s",
                    label(mode), e.n(), e.unresolved(), f4(e.acc161()), PyFormat.fixed(e.median(), 1),
                    PyFormat.fixed(e.mean(), 1), f4(e.auc())));
        }
        Figures f = figures();
        lines.add(String.format(Locale.ROOT, "  end-to-end  overlap+161km P=%s R=%s F1=%s",
                f4(f.e2eP()), f4(f.e2eR()), f4(f.e2eF1())));
        return lines;
    }

    private static String label(Mode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    private static String f4(double value) {
        return PyFormat.fixed(value, 4);
    }
}
