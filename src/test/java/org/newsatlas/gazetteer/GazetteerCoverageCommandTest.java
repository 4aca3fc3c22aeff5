package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerCoverageCommandTest {

    private final GazetteerCoverageCommand command = new GazetteerCoverageCommand(
            properties -> GazetteerFixture.bundledOnly());

    @Test
    void coverage_counts_names_and_demonyms_within_161_km_of_the_gold_point() throws Exception {
        CoverageCounter.Report report = command.coverage(GazetteerFixture.bundledOnly(), gold());

        // Tripoli (LY), Libyan, St. Louis are covered; Tripoli in Greece and Atlantis twice are not.
        assertThat(report.withCoordinates()).isEqualTo(6);
        assertThat(report.covered()).isEqualTo(3);
        assertThat(report.withoutCoordinates()).isEqualTo(1);
    }

    @Test
    void misses_are_ranked_by_frequency_with_the_reason() throws Exception {
        CoverageCounter.Report report = command.coverage(GazetteerFixture.bundledOnly(), gold());

        assertThat(report.topMisses()).extracting(CoverageCounter.Miss::name, CoverageCounter.Miss::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Atlantis", 2),
                        org.assertj.core.groups.Tuple.tuple("Tripoli", 1));
        assertThat(report.topMisses().get(0).reason()).isEqualTo("no entry with that name");
        assertThat(report.topMisses().get(1).reason()).startsWith("nearest same-name entry 9").contains("LY");
    }

    @Test
    void the_command_prints_the_share_per_file() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = command.run(List.of(gold().toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("3 of 6 toponyms with coordinates covered (50.0%)")
                .contains("2  Atlantis: no entry with that name");
    }

    @Test
    void without_gold_files_the_command_prints_its_usage() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = command.run(List.of(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("gazetteer-coverage");
    }

    private static Path gold() throws URISyntaxException {
        return Path.of(GazetteerCoverageCommandTest.class.getResource("/gazetteer-fixture/gold/coverage.jsonl").toURI());
    }
}
