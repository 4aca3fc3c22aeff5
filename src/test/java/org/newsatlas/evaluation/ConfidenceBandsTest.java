package org.newsatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConfidenceBandsTest {

    @ParameterizedTest(name = "confidence {0} falls in band {1}")
    @CsvSource({
            "0.0, 0", "0.2499, 0", "0.25, 1", "0.4999, 1", "0.5, 2", "0.7499, 2",
            "0.75, 3", "0.8999, 3", "0.9, 4", "1.0, 4", "-0.1, 0", "1.2, 4"})
    void bands_are_closed_below_and_open_above_except_the_last(double confidence, int band) {
        assertThat(ConfidenceBands.band(confidence)).isEqualTo(band);
    }

    @Test
    void on_the_fixture_each_band_counts_matched_gold_with_coordinates() throws Exception {
        ConfidenceBands bands = new ConfidenceBands();
        bands.addAll(Fixture.score(TypeFilter.defaults()).articles());

        // Halifax 0.1 (unresolved) | Paris 0.25 | New York 0.6, Sydney 0.7 (wrong) | none | Venice 0.95, Nova Scotia 0.92
        assertThat(bands.count(0)).isEqualTo(1);
        assertThat(bands.accuracy(0)).isZero();
        assertThat(bands.count(1)).isEqualTo(1);
        assertThat(bands.accuracy(1)).isEqualTo(1.0);
        assertThat(bands.count(2)).isEqualTo(2);
        assertThat(bands.accuracy(2)).isEqualTo(0.5);
        assertThat(bands.count(3)).isZero();
        assertThat(bands.count(4)).isEqualTo(2);
        assertThat(bands.accuracy(4)).isEqualTo(1.0);
    }

    @Test
    void predictions_without_confidence_are_counted_apart() {
        ConfidenceBands bands = new ConfidenceBands();
        bands.add(null, true);

        assertThat(bands.report()).contains("  no confidence field: 1");
    }
}
