package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void without_out_the_model_goes_to_standard_output() throws Exception {
        ModelFile.write("train-x", List.of("# header", "bias\t0.5"), ModelOptions.parse(List.of("gold.jsonl")),
                "3 spans", print(out), print(err));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("# header\nbias\t0.5\n");
        assertThat(err.size()).isZero();
    }

    @Test
    void with_out_the_model_goes_to_the_file_and_the_summary_says_where() throws Exception {
        Path model = folder.resolve("model.tsv");

        ModelFile.write("train-x", List.of("# header", "bias\t0.5"),
                ModelOptions.parse(List.of("gold.jsonl", "--out", model.toString())), "3 spans", print(out), print(err));

        assertThat(Files.readAllLines(model)).containsExactly("# header", "bias\t0.5");
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("train-x: 3 spans, model written to " + model + "\n");
    }

    @Test
    void the_written_by_line_repeats_the_options_that_change_the_model() {
        assertThat(ModelFile.writtenBy("train-x", ModelOptions.parse(List.of("g.jsonl", "--l2", "4"))))
                .isEqualTo("# written by: java -jar newsatlas.jar train-x ... --l2 4.0");
        assertThat(ModelFile.writtenBy("train-x", ModelOptions.parse(List.of("g.jsonl", "--l2", "4", "--prior-zero"))))
                .isEqualTo("# written by: java -jar newsatlas.jar train-x ... --l2 4.0 --prior-zero");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
