package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerFixture;

class GazetteerCoverageCommandTest {

    private final GazetteerCoverageCommand command = new GazetteerCoverageCommand(
            properties -> GazetteerFixture.bundledOnly());

    @Test
    void the_command_prints_the_share_per_file() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = command.run(List.of(gold()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("gazetteer: 16 entries")
                .contains("3 of 6 toponyms with coordinates covered (50.0%) within 161 km")
                .contains("2  Atlantis: no entry with that name");
    }

    @Test
    void without_gold_files_the_command_prints_its_usage() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = command.run(List.of(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: gazetteer-coverage");
    }

    private static String gold() throws URISyntaxException {
        return Path.of(GazetteerCoverageCommandTest.class.getResource("/gazetteer-fixture/gold/coverage.jsonl").toURI())
                .toString();
    }
}
