package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.launch.LaunchFile;

class AppTrainingTest {

    private static final String JVM = "17.0.15+6-Debian-1deb12u1 /usr/lib/jvm/java-17-openjdk-amd64";

    @TempDir
    Path temp;

    @Test
    void the_training_run_dumps_the_apps_archive_on_a_fresh_data_directory_and_port_and_stops_at_refresh() throws IOException {
        Path jar = ClassPathCacheTest.bootJar(temp.resolve("app.jar"), "v1");
        AppTraining training = new AppTraining(jar, temp.resolve("cache"), "/usr/bin/java", List.of("-Xmx1g"), JVM);
        ClassPathCache.Entry entry = ClassPathCache.prepare(jar, temp.resolve("cache"));
        ClassArchive.Plan plan = ClassArchive.plan(entry.directory(), ClassArchive.APP_ARCHIVE, JVM);

        List<String> command = training.trainingCommand(entry, plan, temp.resolve("data"));

        assertThat(command).containsSequence("-Xmx1g", "-XX:ArchiveClassesAtExit=" + plan.dump().get());
        assertThat(command).startsWith("/usr/bin/java");
        assertThat(command).contains("-Dspring.context.exit=onRefresh", "-Dnewsatlas.batch-jvm=training");
        assertThat(command).endsWith("-cp", classPath(entry), "org.example.Main", "--server.port=0",
                "--newsatlas.data-dir=" + temp.resolve("data"));
    }

    @Test
    void the_apps_launch_file_names_the_archive_and_every_file_on_the_class_path() throws IOException {
        Path jar = ClassPathCacheTest.bootJar(temp.resolve("app.jar"), "v1");
        AppTraining training = new AppTraining(jar, temp.resolve("cache"), "/usr/bin/java", List.of(), JVM);
        ClassPathCache.Entry entry = ClassPathCache.prepare(jar, temp.resolve("cache"));
        Path archive = Files.writeString(entry.directory().resolve(ClassArchive.APP_ARCHIVE), "archive");

        LaunchFile file = training.launchFile(entry, archive);

        assertThat(file.options()).containsSequence("-XX:SharedArchiveFile=" + archive, "-Dnewsatlas.batch-jvm=app",
                "-cp", classPath(entry), "org.example.Main");
        assertThat(file.options()).endsWith("org.example.Main");
        assertThat(file.files()).extracting(LaunchFile.Needed::path).containsAll(entry.classPath()).contains(archive);
        assertThat(file.fits(jar.toRealPath(), JVM)).isTrue();
        Files.writeString(archive, "arch");
        assertThat(file.fits(jar.toRealPath(), JVM)).isFalse();
    }

    @Test
    void the_app_child_and_its_training_run_get_c2_thresholds_thirty_times_the_default_and_native_heap_trimming_before_the_users_options()
            throws IOException {
        Path jar = ClassPathCacheTest.bootJar(temp.resolve("app.jar"), "v1");
        AppTraining training = new AppTraining(jar, temp.resolve("cache"), "/usr/bin/java", List.of("-Xmx1g"), JVM);
        ClassPathCache.Entry entry = ClassPathCache.prepare(jar, temp.resolve("cache"));
        Path archive = Files.writeString(entry.directory().resolve(ClassArchive.APP_ARCHIVE), "archive");
        ClassArchive.Plan plan = ClassArchive.plan(entry.directory(), ClassArchive.APP_ARCHIVE, JVM);

        List<String> child = training.launchFile(entry, archive).options();
        List<String> trainingRun = training.trainingCommand(entry, plan, temp.resolve("data"));

        assertThat(child).startsWith("-XX:Tier4InvocationThreshold=150000", "-XX:Tier4MinInvocationThreshold=18000",
                "-XX:Tier4CompileThreshold=450000", "-XX:Tier4BackEdgeThreshold=1200000", "-XX:TrimNativeHeapInterval=5000");
        assertThat(child.indexOf("-XX:TrimNativeHeapInterval=5000")).isLessThan(child.indexOf("-cp"));
        assertThat(trainingRun).containsSequence(AppTraining.APP_OPTIONS);
        assertThat(trainingRun.indexOf("-XX:TrimNativeHeapInterval=5000")).isLessThan(trainingRun.indexOf("-Xmx1g"));
    }

    @Test
    void every_option_the_app_child_gets_is_one_this_jvm_accepts() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(AppTraining.APP_OPTIONS);
        command.add("-version");
        List<String> misspelt = List.of(java, "-XX:TrimNativeHeapIntervall=5000", "-version");

        assertThat(exitCode(command)).isZero();
        assertThat(exitCode(misspelt)).isNotZero();
    }

    private static int exitCode(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor();
    }

    @Test
    void a_dump_an_hour_old_that_no_one_published_is_deleted_and_a_fresh_one_kept() throws IOException {
        Path old = Files.writeString(temp.resolve(ClassArchive.APP_ARCHIVE + ".123.tmp"), "old");
        Path fresh = Files.writeString(temp.resolve(ClassArchive.APP_ARCHIVE + ".456.tmp"), "fresh");
        Path archive = Files.writeString(temp.resolve(ClassArchive.APP_ARCHIVE), "archive");
        long now = System.currentTimeMillis();
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(now - 3_700_000L));
        Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.fromMillis(now - 3_700_000L));

        AppTraining.deleteAbandonedDumps(temp, now);

        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(archive).exists();
    }

    private static String classPath(ClassPathCache.Entry entry) {
        return String.join(File.pathSeparator, entry.classPath().stream().map(Path::toString).toList());
    }
}
