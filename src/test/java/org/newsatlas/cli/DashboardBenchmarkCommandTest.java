package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardBenchmarkCommandTest {

    private final DashboardBenchmarkCommand command = new DashboardBenchmarkCommand(WebApp.UNAVAILABLE);

    @Test
    void the_options_are_read_with_their_defaults() {
        assertThat(DashboardBenchmarkCommand.parse(List.of("--articles", "100000")))
                .isEqualTo(new DashboardBenchmarkCommand.Options(100_000, null, 20, 3));
        assertThat(DashboardBenchmarkCommand.parse(List.of("--data-dir", "/tmp/b", "--articles", "50", "--repeat", "5",
                "--export-repeat", "1")))
                .isEqualTo(new DashboardBenchmarkCommand.Options(50, Path.of("/tmp/b"), 5, 1));
    }

    @Test
    void missing_or_unknown_options_get_the_usage() throws Exception {
        for (List<String> args : List.of(List.<String>of(), List.of("--articles"), List.of("--articles", "0"),
                List.of("--articles", "many"), List.of("--articles", "10", "--fast", "yes"))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = command.run(args, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).as("%s", args).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: benchmark-dashboard --articles N");
        }
    }

    @Test
    void it_measures_the_app_in_the_jvm_it_was_given_not_in_a_batch_tuned_child() {
        assertThat(Commands.IN_THIS_JVM).contains(command.name()).doesNotContain("geoparse");
    }

    @Test
    void each_repetition_asks_for_another_value_and_text_filters_are_known_as_such() {
        List<BenchmarkQueries.Filter> filters = BenchmarkQueries.filters(List.of("US", "GB"), List.of(11L, 12L, 13L));
        BenchmarkQueries.Endpoint places = BenchmarkQueries.endpoints(List.of(11L)).get(0);

        assertThat(filters).extracting(BenchmarkQueries.Filter::name).containsExactly("none", "month", "country",
                "kind", "source", "place", "text", "combination", "combination+text");
        for (BenchmarkQueries.Filter filter : filters.subList(1, filters.size())) {
            assertThat(BenchmarkQueries.url(places, filter, 0)).as(filter.name())
                    .isNotEqualTo(BenchmarkQueries.url(places, filter, 1));
        }
        assertThat(BenchmarkQueries.url(places, filters.get(1), 0)).isEqualTo("/api/places?from=2023-01-01&to=2023-01-31");
        assertThat(filters).filteredOn(BenchmarkQueries.Filter::hasText).extracting(BenchmarkQueries.Filter::name)
                .containsExactly("text", "combination+text");
    }
}
