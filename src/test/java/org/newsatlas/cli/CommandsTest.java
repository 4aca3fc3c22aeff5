package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void every_command_is_found_by_its_name() {
        for (String name : new String[] {"benchmark-dashboard", "benchmark-import", "cross-validate", "evaluate",
                "gazetteer-benchmark", "gazetteer-coverage", "geoparse", "import", "recognition-weights",
                "train-recognition"}) {
            assertThat(Commands.find(name)).get().extracting(Command::name).isEqualTo(name);
        }
    }

    @Test
    void an_unknown_name_finds_no_command() {
        assertThat(Commands.find("serve")).isEmpty();
    }

    @Test
    void the_usage_lists_the_web_app_and_then_each_command_alphabetically() {
        assertThat(Commands.usage().lines().map(String::strip).toList())
                .satisfiesExactly(
                        line -> assertThat(line).startsWith("usage: java -jar newsatlas.jar"),
                        line -> assertThat(line).startsWith("(no command)  start the web app"),
                        line -> assertThat(line).startsWith("benchmark-dashboard --articles N"),
                        line -> assertThat(line).startsWith("benchmark-import --articles N"),
                        line -> assertThat(line).startsWith("cross-validate GOLD.jsonl..."),
                        line -> assertThat(line).startsWith("cross-validate-ranking GOLD.jsonl..."),
                        line -> assertThat(line).startsWith("evaluate GOLD.jsonl"),
                        line -> assertThat(line).startsWith("gazetteer-benchmark [--extra FILE...]"),
                        line -> assertThat(line).startsWith("gazetteer-coverage [--extra FILE...]"),
                        line -> assertThat(line).startsWith("geoparse IN.jsonl OUT.jsonl"),
                        line -> assertThat(line).startsWith("import PATH..."),
                        line -> assertThat(line).startsWith("ranking-weights [MODEL.tsv]"),
                        line -> assertThat(line).startsWith("recognition-weights [MODEL.tsv]"),
                        line -> assertThat(line).startsWith("train-ranking GOLD.jsonl..."),
                        line -> assertThat(line).startsWith("train-recognition GOLD.jsonl..."));
    }
}
