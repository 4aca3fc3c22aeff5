package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluate command with a prediction file, so without loading the geoparser. */
class EvaluateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void with_predictions_it_prints_geoeval_s_report_then_the_confidence_bands() throws Exception {
        int exit = run(fixture("gold.jsonl"), fixture("pred.jsonl"));

        assertThat(exit).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("ALL (3 articles): 9 gold toponyms (8 with coordinates), 8 predicted");
        assertThat(lines).contains("  end-to-end  overlap+161km P=0.5714 R=0.5000 F1=0.5333", "",
                "Confidence bands (overlap-matched gold toponyms with coordinates, by the prediction's confidence):");
        // the error breakdown (EvaluationTest) needs the geoparser's own account of each article
        assertThat(lines).noneMatch(line -> line.startsWith("Misses:"));
    }

    @Test
    void predicted_articles_missing_from_gold_are_reported_on_stderr() throws Exception {
        run(fixture("gold.jsonl"), fixture("pred.jsonl"));

        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("warning: 1 predicted articles are not in gold (ignored)" + System.lineSeparator());
    }

    @Test
    void all_types_scores_the_non_toponym_gold_too() throws Exception {
        run(fixture("gold.jsonl"), fixture("pred.jsonl"), "--all-types");

        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("ALL (3 articles): 10 gold toponyms (8 with coordinates), 8 predicted");
    }

    @Test
    void an_unknown_option_prints_the_usage() throws Exception {
        int exit = run(fixture("gold.jsonl"), "--fast");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("unknown option --fast").contains("usage: evaluate");
    }

    @Test
    void predictions_are_never_written_to_standard_output_under_the_report() throws Exception {
        int exit = run(fixture("gold.jsonl"), "--write", "-");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: evaluate");
    }

    private int run(String... args) throws Exception {
        return new EvaluateCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String fixture(String name) throws Exception {
        return Path.of(EvaluateCommandTest.class.getResource("/evaluation/" + name).toURI()).toString();
    }
}
