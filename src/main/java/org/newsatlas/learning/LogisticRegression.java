package org.newsatlas.learning;

import java.util.List;

/**
 * L2-regularised logistic regression fitted by Newton's method: with a few dozen features the
 * Hessian is small, so each step solves it exactly and the fit is the same on every run (no
 * learning rate, no random start, no order dependence beyond floating-point addition, which
 * follows the order of the examples given).
 */
public final class LogisticRegression {

    /** Newton steps at most; the fit usually settles in under ten. */
    static final int MAX_STEPS = 50;
    /** A step whose largest change is below this ends the fit. */
    static final double TOLERANCE = 1e-9;

    private final double l2;

    /**
     * @param l2 the penalty on the squared weights (not the bias), in units of examples' log-loss:
     *           it pulls weights the data barely supports towards 0
     */
    public LogisticRegression(double l2) {
        if (l2 < 0) {
            throw new IllegalArgumentException("l2 must not be negative");
        }
        this.l2 = l2;
    }

    /** One training example: its features and whether it is a positive (label true). */
    public record Example(double[] features, boolean label) {
    }

    /** The fitted bias and weights, in log-odds. */
    public record Fit(double bias, double[] weights, int steps) {

        public double logOdds(double[] features) {
            double z = bias;
            for (int i = 0; i < weights.length; i++) {
                z += weights[i] * features[i];
            }
            return z;
        }

        public double probability(double[] features) {
            return sigmoid(logOdds(features));
        }
    }

    public Fit fit(List<Example> examples, int featureCount) {
        return fit(examples, new double[featureCount]);
    }

    /**
     * As {@link #fit(List, int)}, but the penalty pulls each weight towards its prior instead of
     * 0: where the data say little, a weight stays near what was believed before; where they say
     * much, they win. The fit also starts from the prior.
     *
     * @param prior one weight per feature
     */
    public Fit fit(List<Example> examples, double[] prior) {
        int featureCount = prior.length;
        int n = featureCount + 1;
        double[] theta = new double[n];
        System.arraycopy(prior, 0, theta, 1, featureCount);
        int step = 0;
        while (step < MAX_STEPS) {
            step++;
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (Example example : examples) {
                double[] x = withBias(example.features());
                double p = sigmoid(dot(theta, x));
                double error = p - (example.label() ? 1 : 0);
                double curvature = Math.max(p * (1 - p), 1e-12);
                for (int i = 0; i < n; i++) {
                    if (x[i] == 0) {
                        continue;
                    }
                    gradient[i] += error * x[i];
                    for (int j = 0; j < n; j++) {
                        hessian[i][j] += curvature * x[i] * x[j];
                    }
                }
            }
            // the bias (index 0) is not penalised
            for (int i = 1; i < n; i++) {
                gradient[i] += l2 * (theta[i] - prior[i - 1]);
                hessian[i][i] += l2;
            }
            // a feature that never fires has a zero row; the tiny ridge keeps the system solvable
            for (int i = 0; i < n; i++) {
                hessian[i][i] += 1e-9;
            }
            double[] delta = LinearSystem.solve(hessian, gradient);
            double largest = 0;
            for (int i = 0; i < n; i++) {
                theta[i] -= delta[i];
                largest = Math.max(largest, Math.abs(delta[i]));
            }
            if (largest < TOLERANCE) {
                break;
            }
        }
        double[] weights = new double[featureCount];
        System.arraycopy(theta, 1, weights, 0, featureCount);
        return new Fit(theta[0], weights, step);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double[] withBias(double[] features) {
        double[] x = new double[features.length + 1];
        x[0] = 1;
        System.arraycopy(features, 0, x, 1, features.length);
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
