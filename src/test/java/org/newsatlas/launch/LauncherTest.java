package org.newsatlas.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    private static final String JVM = "17.0.15+6 /usr/lib/jvm/java-17";
    private static final Optional<String> JAVA = Optional.of("/usr/bin/java");

    @TempDir
    Path folder;

    private Path jar;
    private Path cache;
    private Path entry;
    private Map<String, String> env;

    @BeforeEach
    void aJarWithItsCacheEntry() throws IOException {
        jar = Files.writeString(folder.resolve("newsatlas.jar"), "not really a jar").toRealPath();
        cache = folder.resolve("cache");
        env = Map.of("XDG_CACHE_HOME", cache.toString());
        entry = Files.createDirectories(cache.resolve("newsatlas").resolve(CacheLocation.key(jar)));
        Files.createDirectories(entry.resolve("lib"));
        Files.writeString(entry.resolve("classes.jar"), "classes");
        Files.writeString(entry.resolve("lib/a.jar"), "library");
        Files.writeString(entry.resolve("classes.jsa"), "archive");
    }

    @Test
    void a_command_with_a_fitting_launch_file_starts_the_child_straight_from_the_cache() throws IOException {
        launchFile(JVM).write(entry.resolve(LaunchFile.BATCH));

        assertThat(child(List.of("geoparse", "-", "-"))).hasValue(List.of("/usr/bin/java", "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=" + entry.resolve("classes.jsa"), "-cp", "classes.jar", "org.example.Main",
                "geoparse", "-", "-"));
    }

    @Test
    void without_a_launch_file_the_first_run_goes_through_spring_boots_launcher() throws IOException {
        assertThat(child(List.of("geoparse"))).isEmpty();
    }

    @Test
    void a_launch_file_written_for_the_jar_before_it_was_rebuilt_is_not_used() throws IOException {
        launchFile(JVM).write(entry.resolve(LaunchFile.BATCH));
        assertThat(child(List.of("geoparse"))).isPresent();

        // same size, new time: the key changes, and a launch file copied under the new key does not fit either
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        assertThat(child(List.of("geoparse"))).isEmpty();
        Path rebuilt = Files.createDirectories(cache.resolve("newsatlas").resolve(CacheLocation.key(jar)));
        Files.copy(entry.resolve(LaunchFile.BATCH), rebuilt.resolve(LaunchFile.BATCH));
        assertThat(child(List.of("geoparse"))).isEmpty();
    }

    @Test
    void a_class_path_file_missing_or_an_archive_cut_short_sends_the_command_the_long_way() throws IOException {
        launchFile(JVM).write(entry.resolve(LaunchFile.BATCH));
        assertThat(child(List.of("geoparse"))).isPresent();

        Files.writeString(entry.resolve("classes.jsa"), "arch");
        assertThat(child(List.of("geoparse"))).isEmpty();
        Files.writeString(entry.resolve("classes.jsa"), "archive");
        assertThat(child(List.of("geoparse"))).isPresent();
        Files.delete(entry.resolve("lib/a.jar"));
        assertThat(child(List.of("geoparse"))).isEmpty();
    }

    @Test
    void a_launch_file_another_jvm_wrote_is_not_used() throws IOException {
        launchFile("21.0.1+12 /opt/jdk-21").write(entry.resolve(LaunchFile.BATCH));

        assertThat(child(List.of("geoparse"))).isEmpty();
    }

    @Test
    void the_web_app_commands_that_stay_in_the_launching_jvm_and_the_plain_jvm_setting_go_the_long_way() throws IOException {
        launchFile(JVM).write(entry.resolve(LaunchFile.BATCH));
        assertThat(child(List.of("evaluate", "gold.jsonl"))).isPresent();

        assertThat(child(List.of())).isEmpty();
        assertThat(child(List.of("--server.port=8080"))).isEmpty();
        assertThat(child(List.of("import", "folder"))).isEmpty();
        assertThat(Launcher.batchChild(List.of("geoparse"), Map.of("XDG_CACHE_HOME", cache.toString(),
                "NEWSATLAS_BATCH_JVM", "false"), null, jar.toString(), JAVA, null, JVM)).isEmpty();
        assertThat(Launcher.batchChild(List.of("geoparse"), env, "child", jar.toString(), JAVA, null, JVM)).isEmpty();
        assertThat(Launcher.batchChild(List.of("geoparse"), env, null, "target/classes", JAVA, null, JVM)).isEmpty();
    }

    @Test
    void a_launch_file_that_is_not_one_or_is_cut_short_is_ignored() throws IOException {
        Path file = entry.resolve(LaunchFile.BATCH);
        launchFile(JVM).write(file);
        assertThat(LaunchFile.read(file)).hasValue(launchFile(JVM));

        Files.writeString(file, "jar 12 not-a-number\njvm " + JVM + "\noption -cp\n");
        assertThat(LaunchFile.read(file)).isEmpty();
        Files.writeString(file, "jar 12 34\njvm " + JVM + "\n");
        assertThat(LaunchFile.read(file)).isEmpty();
        Files.writeString(file, "something else\n");
        assertThat(LaunchFile.read(file)).isEmpty();
    }

    @Test
    void an_option_with_a_line_break_is_refused_rather_than_written_as_two() throws IOException {
        LaunchFile broken = new LaunchFile(1, 2, JVM, List.of(), List.of(), List.of("-Dx=a\nb"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> broken.write(entry.resolve(LaunchFile.BATCH)))
                .isInstanceOf(IOException.class);
        assertThat(Files.exists(entry.resolve(LaunchFile.BATCH))).isFalse();
    }

    @Test
    void the_web_app_starts_in_a_child_with_this_jvms_options_once_its_launch_file_fits() throws IOException {
        List<String> mine = List.of("-Xmx1g", "-Dspring.aot.enabled=true");
        assertThat(app(mine)).isEmpty();

        launchFile(JVM).write(entry.resolve(LaunchFile.APP));

        assertThat(app(mine)).hasValue(List.of("/usr/bin/java", "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=" + entry.resolve("classes.jsa"), "-Xmx1g", "-Dspring.aot.enabled=true",
                "-cp", "classes.jar", "org.example.Main", "--server.port=8193"));
        Files.delete(entry.resolve("classes.jar"));
        assertThat(app(mine)).isEmpty();
    }

    @Test
    void a_flag_given_to_java_comes_after_the_caches_own_setting_of_it_so_that_the_jvm_takes_the_users() throws IOException {
        launchFile(JVM).write(entry.resolve(LaunchFile.APP));

        List<String> mine = app(List.of("-XX:TieredStopAtLevel=4")).orElseThrow();
        List<String> none = app(List.of()).orElseThrow();

        assertThat(mine.lastIndexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(mine.indexOf("-XX:TieredStopAtLevel=1"));
        assertThat(mine.indexOf("-XX:TieredStopAtLevel=1")).isPositive();
        assertThat(mine.indexOf("-XX:TieredStopAtLevel=4")).isLessThan(mine.indexOf("-cp"));
        assertThat(none).contains("-XX:TieredStopAtLevel=1").doesNotContain("-XX:TieredStopAtLevel=4");
    }

    @Test
    void the_options_given_to_java_are_those_before_dash_jar() {
        assertThat(Launcher.jvmOptions(Optional.of(new String[] {"-Xmx1g", "-Da=b", "-jar", "x.jar", "--server.port=1"})))
                .hasValue(List.of("-Xmx1g", "-Da=b"));
        assertThat(Launcher.jvmOptions(Optional.of(new String[] {"-jar", "x.jar"}))).hasValue(List.of());
        assertThat(Launcher.jvmOptions(Optional.of(new String[] {"-cp", "x.jar", "org.newsatlas.launch.Launcher"}))).isEmpty();
        assertThat(Launcher.jvmOptions(Optional.empty())).isEmpty();
    }

    private Optional<List<String>> app(List<String> jvmOptions) throws IOException {
        return Launcher.appChild(List.of("--server.port=8193"), env, null, jar.toString(), JAVA, null, JVM, jvmOptions);
    }

    private Optional<List<String>> child(List<String> args) throws IOException {
        return Launcher.batchChild(args, env, null, jar.toString(), JAVA, null, JVM);
    }

    private LaunchFile launchFile(String jvm) throws IOException {
        List<LaunchFile.Needed> files = List.of(needed("classes.jar"), needed("lib/a.jar"), needed("classes.jsa"));
        return new LaunchFile(Files.size(jar), Files.getLastModifiedTime(jar).toMillis(), jvm,
                List.of("benchmark-import", "import"), files, List.of("-XX:TieredStopAtLevel=1",
                        "-XX:SharedArchiveFile=" + entry.resolve("classes.jsa"), "-cp", "classes.jar", "org.example.Main"));
    }

    private LaunchFile.Needed needed(String name) throws IOException {
        return new LaunchFile.Needed(Files.size(entry.resolve(name)), entry.resolve(name));
    }
}
