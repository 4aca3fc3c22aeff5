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

        assertThat(command).startsWith("/usr/bin/java", "-Xmx1g", "-XX:ArchiveClassesAtExit=" + plan.dump().get());
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

        assertThat(file.options()).containsExactly("-XX:SharedArchiveFile=" + archive, "-Dnewsatlas.batch-jvm=app",
                "-cp", classPath(entry), "org.example.Main");
        assertThat(file.files()).extracting(LaunchFile.Needed::path).containsAll(entry.classPath()).contains(archive);
        assertThat(file.fits(jar.toRealPath(), JVM)).isTrue();
        Files.writeString(archive, "arch");
        assertThat(file.fits(jar.toRealPath(), JVM)).isFalse();
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
