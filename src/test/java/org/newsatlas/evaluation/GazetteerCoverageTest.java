package org.newsatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerFixture;

class GazetteerCoverageTest {

    @Test
    void coverage_counts_names_and_demonyms_within_161_km_of_the_gold_point() throws Exception {
        GazetteerCoverage.Report report = GazetteerCoverage.of(GazetteerFixture.bundledOnly(), gold());

        // Tripoli (LY), Libyan, St. Louis are covered; Tripoli in Greece and Atlantis twice are not.
        assertThat(report.withCoordinates()).isEqualTo(6);
        assertThat(report.covered()).isEqualTo(3);
        assertThat(report.withoutCoordinates()).isEqualTo(1);
    }

    @Test
    void misses_are_ranked_by_frequency_with_the_reason() throws Exception {
        GazetteerCoverage.Report report = GazetteerCoverage.of(GazetteerFixture.bundledOnly(), gold());

        assertThat(report.topMisses()).extracting(GazetteerCoverage.Miss::name, GazetteerCoverage.Miss::count)
                .containsExactly(tuple("Atlantis", 2), tuple("Tripoli", 1));
        assertThat(report.topMisses().get(0).reason()).isEqualTo("no entry with that name");
        assertThat(report.topMisses().get(1).reason()).startsWith("nearest same-name entry 9").contains("LY");
    }

    private static String gold() throws Exception {
        return Path.of(GazetteerCoverageTest.class.getResource("/gazetteer-fixture/gold/coverage.jsonl").toURI())
                .toString();
    }
}
