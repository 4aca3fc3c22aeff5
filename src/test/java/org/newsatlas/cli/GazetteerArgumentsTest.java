package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerProperties;

class GazetteerArgumentsTest {

    @Test
    void extra_files_run_to_the_next_option_or_a_double_dash() {
        GazetteerArguments arguments = GazetteerArguments.parse(
                List.of("--extra", "LY.txt", "US.txt.gz", "--no-bundled", "--extra", "FR.txt", "--", "gold.jsonl"));

        assertThat(arguments.properties()).isEqualTo(
                new GazetteerProperties(false, List.of("LY.txt", "US.txt.gz", "FR.txt"), null));
        assertThat(arguments.rest()).containsExactly("gold.jsonl");
    }

    @Test
    void without_options_the_bundled_gazetteer_is_used() {
        GazetteerArguments arguments = GazetteerArguments.parse(List.of("gold.jsonl", "--demonyms", "d.tsv"));

        assertThat(arguments.properties()).isEqualTo(new GazetteerProperties(true, List.of(), "d.tsv"));
        assertThat(arguments.rest()).containsExactly("gold.jsonl");
    }
}
