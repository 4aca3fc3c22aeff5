package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerBenchmarkCommandTest {

    @Test
    void the_benchmark_prints_load_figures_and_lookup_rates() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = new GazetteerBenchmarkCommand().run(
                List.of("--no-bundled", "--extra", "classpath:gazetteer-fixture/cities500.txt.gz", "--lookups", "1"),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("9 entries")
                .contains("heap used after GC")
                .contains("lookups/s")
                .contains("calls/s");
    }
}
