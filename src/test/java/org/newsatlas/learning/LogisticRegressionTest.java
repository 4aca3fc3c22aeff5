package org.newsatlas.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.learning.LogisticRegression.Example;

class LogisticRegressionTest {

    /** Feature 0 speaks for a positive (9 in 10), feature 1 against (1 in 10), feature 2 never fires. */
    private static List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            examples.add(new Example(new double[] {1, 0, 0}, i % 10 != 0));
            examples.add(new Example(new double[] {0, 1, 0}, i % 10 == 0));
        }
        return examples;
    }

    @Test
    void a_feature_that_speaks_for_a_positive_gets_a_positive_weight_and_one_against_a_negative() {
        LogisticRegression.Fit fit = new LogisticRegression(0).fit(examples(), 3);
        assertThat(fit.weights()[0]).isPositive();
        assertThat(fit.weights()[1]).isNegative();
        // without a penalty the fit matches the rates: 9 in 10 and 1 in 10
        assertThat(fit.probability(new double[] {1, 0, 0})).isCloseTo(0.9, within(1e-6));
        assertThat(fit.probability(new double[] {0, 1, 0})).isCloseTo(0.1, within(1e-6));
    }

    @Test
    void a_feature_that_never_fires_keeps_its_prior_weight() {
        LogisticRegression.Fit fit = new LogisticRegression(1).fit(examples(), new double[] {0, 0, -2.5});
        assertThat(fit.weights()[2]).isCloseTo(-2.5, within(1e-6));
    }

    @Test
    void a_stronger_penalty_keeps_the_weights_nearer_their_prior() {
        double[] prior = {0, 0, 0};
        double loose = new LogisticRegression(0.1).fit(examples(), prior).weights()[0];
        double tight = new LogisticRegression(100).fit(examples(), prior).weights()[0];
        assertThat(tight).isPositive().isLessThan(loose);
    }

    @Test
    void the_same_examples_give_the_same_fit() {
        LogisticRegression regression = new LogisticRegression(1);
        LogisticRegression.Fit first = regression.fit(examples(), 3);
        LogisticRegression.Fit second = regression.fit(examples(), 3);
        assertThat(second.weights()).containsExactly(first.weights());
        assertThat(second.bias()).isEqualTo(first.bias());
    }

    @Test
    void a_linear_system_is_solved_with_row_exchanges() {
        double[] x = LinearSystem.solve(new double[][] {{0, 2}, {3, 1}}, new double[] {4, 5});
        assertThat(x).containsExactly(new double[] {1, 2}, within(1e-12));
    }
}
