package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchJvmTest {

    private static final Optional<String> JAVA = Optional.of("/usr/bin/java");

    @Test
    void a_command_run_from_the_jar_moves_to_a_batch_tuned_child_jvm() {
        assertThat(BatchJvm.childCommand(List.of("geoparse", "in.jsonl", "-"), null, null, "target/newsatlas.jar", JAVA))
                .hasValue(List.of("/usr/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-Xmn128m", "-XX:OldSize=384m", "-XX:MaxTenuringThreshold=0",
                        "-XX:PretenureSizeThreshold=512k",
                        "-Xlog:disable", "-Xlog:all=warning:stderr", "-Dnewsatlas.batch-jvm=child", "-jar", "target/newsatlas.jar", "geoparse", "in.jsonl", "-"));
    }

    @Test
    void a_child_started_from_the_cache_runs_the_start_class_on_the_extracted_class_path_with_its_archive() {
        Path directory = Path.of("/cache/newsatlas/abc");
        ClassPathCache.Entry entry = new ClassPathCache.Entry(directory, "org.example.Main",
                List.of(directory.resolve("classes.jar"), directory.resolve("lib/a.jar")));
        ClassArchive.Plan archive = new ClassArchive.Plan(List.of("-XX:SharedArchiveFile=/cache/newsatlas/abc/classes.jsa"),
                Optional.empty());

        assertThat(BatchJvm.childCommand(List.of("geoparse", "-", "-"), "/usr/bin/java", "target/newsatlas.jar",
                Optional.of(new BatchJvm.Cached(entry, archive))))
                .containsExactly("/usr/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-Xmn128m", "-XX:OldSize=384m", "-XX:MaxTenuringThreshold=0",
                        "-XX:PretenureSizeThreshold=512k",
                        "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:SharedArchiveFile=/cache/newsatlas/abc/classes.jsa",
                        "-Dnewsatlas.batch-jvm=child", "-cp",
                        "/cache/newsatlas/abc/classes.jar" + File.pathSeparator + "/cache/newsatlas/abc/lib/a.jar",
                        "org.example.Main", "geoparse", "-", "-");
    }

    @Test
    void the_child_runs_the_command_itself() {
        assertThat(BatchJvm.childCommand(List.of("geoparse"), "child", null, "target/newsatlas.jar", JAVA)).isEmpty();
    }

    @Test
    void the_setting_false_keeps_the_plain_jvm() {
        assertThat(BatchJvm.childCommand(List.of("geoparse"), null, "false", "target/newsatlas.jar", JAVA)).isEmpty();
    }

    @Test
    void a_class_path_that_is_not_one_jar_runs_in_place() {
        assertThat(BatchJvm.childCommand(List.of("geoparse"), null, null, "target/classes:lib/a.jar", JAVA)).isEmpty();
        assertThat(BatchJvm.childCommand(List.of("geoparse"), null, null, "target/classes", JAVA)).isEmpty();
    }
}
