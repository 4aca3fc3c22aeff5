package org.newsatlas.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Python's {@code '%.Nf'}: rounds the exact binary value half-to-even. Java's {@code %.4f} rounds
 * the shortest decimal form half-up, which differs on ties such as 1/32 = 0.03125 (Python prints
 * 0.0312), and the report must match geoeval.py character for character.
 */
final class PyFormat {

    private PyFormat() {
    }

    /** Only for finite values that are not negative (all the report prints). */
    static String fixed(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
