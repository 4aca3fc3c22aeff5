package org.newsatlas.evaluation;

/** The figures geoeval.py prints with {@code --json}, unrounded. */
public record Figures(
        int gold, int goldCoords, int predicted,
        double pExact, double rExact, double f1Exact, double acc161Exact,
        double pOverlap, double rOverlap, double f1Overlap, double acc161Overlap,
        double e2eP, double e2eR, double e2eF1) {

    static double f1(double p, double r) {
        return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
    }

    static double ratio(int part, int whole) {
        return whole != 0 ? (double) part / whole : 0.0;
    }
}
