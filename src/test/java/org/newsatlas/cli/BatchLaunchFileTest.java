package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.launch.LaunchFile;

class BatchLaunchFileTest {

    private static final String JVM = "17.0.15+6-Debian-1deb12u1 /usr/lib/jvm/java-17-openjdk-amd64";

    @TempDir
    Path temp;

    @Test
    void once_the_archive_is_published_the_cache_holds_the_batch_childs_command_for_the_launcher() throws IOException {
        Path jar = ClassPathCacheTest.bootJar(temp.resolve("app.jar"), "v1");
        ClassPathCache.Entry entry = ClassPathCache.prepare(jar, temp.resolve("cache"));
        Path launchFile = entry.directory().resolve(LaunchFile.BATCH);

        BatchLaunchFile.keep(jar, entry, JVM);
        assertThat(launchFile).doesNotExist();

        ClassArchive.Plan first = ClassArchive.plan(entry.directory(), JVM);
        Files.write(first.dump().get(), new byte[] {1, 2, 3});
        ClassArchive.publish(first.dump().get(), 0, entry.directory(), JVM);
        BatchLaunchFile.keep(jar, entry, JVM);

        LaunchFile written = LaunchFile.read(launchFile).orElseThrow();
        Path archive = entry.directory().resolve(ClassArchive.ARCHIVE);
        List<String> command = BatchJvm.childCommand(List.of(), "java", jar.toString(),
                Optional.of(new BatchJvm.Cached(entry, ClassArchive.use(archive))));
        assertThat(written.options()).isEqualTo(command.subList(1, command.size()));
        assertThat(written.options()).contains("-XX:SharedArchiveFile=" + archive, entry.mainClass());
        assertThat(written.staying()).containsExactlyInAnyOrderElementsOf(Commands.IN_THIS_JVM);
        assertThat(written.files()).extracting(LaunchFile.Needed::path).containsAll(entry.classPath()).contains(archive);
        assertThat(written.fits(jar.toRealPath(), JVM)).isTrue();
        assertThat(written.fits(jar.toRealPath(), "21 /opt/jdk-21")).isFalse();
    }

    @Test
    void the_launcher_finds_the_file_the_cache_wrote_where_it_looks() throws IOException {
        Path jar = ClassPathCacheTest.bootJar(temp.resolve("app.jar"), "v1");
        Path root = temp.resolve("cache");
        ClassPathCache.Entry entry = ClassPathCache.prepare(jar, root.resolve("newsatlas"));
        ClassArchive.Plan first = ClassArchive.plan(entry.directory(), JVM);
        Files.write(first.dump().get(), new byte[] {1, 2, 3});
        ClassArchive.publish(first.dump().get(), 0, entry.directory(), JVM);
        BatchLaunchFile.keep(jar, entry, JVM);

        Optional<List<String>> child = org.newsatlas.launch.LauncherAccess.batchChild(List.of("geoparse", "-", "-"),
                Map.of("XDG_CACHE_HOME", root.toString()), jar.toString(), JVM);
        assertThat(child).isPresent();
        assertThat(child.get()).endsWith(entry.mainClass(), "geoparse", "-", "-");

        Files.delete(entry.classPath().get(1));
        assertThat(org.newsatlas.launch.LauncherAccess.batchChild(List.of("geoparse"),
                Map.of("XDG_CACHE_HOME", root.toString()), jar.toString(), JVM)).isEmpty();
    }
}
