package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.launch.CacheLocation;

class ClassPathCacheTest {

    @TempDir
    Path temp;

    @Test
    void the_jar_is_extracted_once_into_plain_jars_in_the_launchers_class_path_order() throws IOException {
        Path jar = bootJar(temp.resolve("app.jar"), "v1");
        Path root = temp.resolve("cache");

        ClassPathCache.Entry entry = ClassPathCache.prepare(jar, root);

        assertThat(entry.mainClass()).isEqualTo("org.example.Main");
        assertThat(entry.classPath()).extracting(path -> entry.directory().relativize(path).toString())
                .containsExactly("classes.jar", "lib/b.jar", "lib/a.jar");
        try (JarFile classes = new JarFile(entry.classPath().get(0).toFile())) {
            assertThat(new String(classes.getInputStream(classes.getEntry("data/words.txt")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("v1");
            assertThat(classes.getEntry("data/words.txt").getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(classes.getManifest().getMainAttributes().getValue("Implementation-Version")).isEqualTo("9.9");
            assertThat(classes.getManifest().getMainAttributes().getValue("Main-Class")).isNull();
        }
        assertThat(Files.readString(entry.classPath().get(1))).isEqualTo("library b");
        FileTime made = Files.getLastModifiedTime(entry.directory().resolve(ClassPathCache.LAUNCH_FILE));
        assertThat(ClassPathCache.prepare(jar, root)).isEqualTo(entry);
        assertThat(Files.getLastModifiedTime(entry.directory().resolve(ClassPathCache.LAUNCH_FILE))).isEqualTo(made);
    }

    @Test
    void the_resources_spring_boot_keeps_at_the_jar_root_go_along_but_not_its_loader() throws IOException {
        ClassPathCache.Entry entry = ClassPathCache.prepare(bootJar(temp.resolve("app.jar"), "v1"), temp.resolve("cache"));

        try (JarFile classes = new JarFile(entry.classPath().get(0).toFile())) {
            assertThat(new String(classes.getInputStream(classes.getEntry("META-INF/VAADIN/config/flow-build-info.json"))
                    .readAllBytes(), StandardCharsets.UTF_8)).contains("productionMode");
            assertThat(classes.getEntry("META-INF/spring.factories")).isNotNull();
            assertThat(classes.getEntry("data/words.txt")).isNotNull();
            assertThat(classes.getEntry("META-INF/services/java.nio.file.spi.FileSystemProvider")).isNull();
            assertThat(classes.getEntry("org/springframework/boot/loader/launch/JarLauncher.class")).isNull();
        }
    }

    @Test
    void a_rebuilt_jar_gets_a_new_directory_and_its_old_one_goes_while_another_jars_stays() throws IOException {
        Path jar = bootJar(temp.resolve("app.jar"), "v1");
        Path other = bootJar(temp.resolve("other.jar"), "other");
        Path root = temp.resolve("cache");
        ClassPathCache.Entry old = ClassPathCache.prepare(jar, root);
        ClassPathCache.Entry others = ClassPathCache.prepare(other, root);

        bootJar(jar, "v2, longer");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        ClassPathCache.Entry rebuilt = ClassPathCache.prepare(jar, root);

        assertThat(rebuilt.directory()).isNotEqualTo(old.directory());
        try (JarFile classes = new JarFile(rebuilt.classPath().get(0).toFile())) {
            assertThat(classes.getInputStream(classes.getEntry("data/words.txt")).readAllBytes())
                    .asString(StandardCharsets.UTF_8).isEqualTo("v2, longer");
        }
        assertThat(old.directory()).doesNotExist();
        assertThat(others.directory()).isDirectory();
        assertThat(ClassPathCache.read(others.directory())).hasValue(others);
    }

    @Test
    void a_directory_with_a_file_missing_or_changed_is_made_again() throws IOException {
        Path jar = bootJar(temp.resolve("app.jar"), "v1");
        Path root = temp.resolve("cache");
        ClassPathCache.Entry entry = ClassPathCache.prepare(jar, root);
        assertThat(ClassPathCache.read(entry.directory())).hasValue(entry);

        Files.writeString(entry.classPath().get(2), "cut");
        assertThat(ClassPathCache.read(entry.directory())).isEmpty();
        Files.delete(entry.classPath().get(1));
        assertThat(ClassPathCache.read(entry.directory())).isEmpty();

        assertThat(ClassPathCache.prepare(jar, root)).isEqualTo(entry);
        assertThat(Files.readString(entry.classPath().get(1))).isEqualTo("library b");
        assertThat(Files.readString(entry.classPath().get(2))).isEqualTo("library a");
    }

    @Test
    void runs_that_start_together_share_one_directory_and_leave_no_temporary_one() throws Exception {
        Path jar = bootJar(temp.resolve("app.jar"), "v1");
        Path root = temp.resolve("cache");
        ExecutorService runs = Executors.newFixedThreadPool(4);
        try {
            List<Future<ClassPathCache.Entry>> entries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                entries.add(runs.submit(() -> ClassPathCache.prepare(jar, root)));
            }
            ClassPathCache.Entry first = entries.get(0).get();
            for (Future<ClassPathCache.Entry> entry : entries) {
                assertThat(entry.get()).isEqualTo(first);
            }
            assertThat(ClassPathCache.read(first.directory())).hasValue(first);
            try (Stream<Path> left = Files.list(root)) {
                assertThat(left).containsExactly(first.directory());
            }
        } finally {
            runs.shutdown();
        }
    }

    @Test
    void a_cache_that_cannot_be_written_leaves_the_child_to_start_from_the_jar() throws IOException {
        Path jar = bootJar(temp.resolve("app.jar"), "v1");
        Path aFile = Files.writeString(temp.resolve("not-a-directory"), "x");

        assertThat(BatchJvm.cached(jar, aFile.resolve("cache"))).isEmpty();
        assertThat(BatchJvm.cached(jar, temp.resolve("cache"))).isPresent();
    }

    @Test
    void a_jar_that_spring_boot_did_not_package_is_not_extracted() throws IOException {
        Path plain = temp.resolve("plain.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(plain), new Manifest())) {
            out.putNextEntry(new ZipEntry("a.txt"));
        }
        assertThatThrownBy(() -> ClassPathCache.prepare(plain, temp.resolve("cache")))
                .isInstanceOf(IOException.class).hasMessageContaining("not a Spring Boot executable jar");
        assertThat(temp.resolve("cache")).isEmptyDirectory();
    }

    @Test
    void the_cache_lives_under_xdg_cache_home_or_else_the_home_folders_cache() {
        assertThat(CacheLocation.root(Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/u"))
                .hasValue(Path.of("/x/cache/newsatlas"));
        assertThat(CacheLocation.root(Map.of(), "/home/u")).hasValue(Path.of("/home/u/.cache/newsatlas"));
        assertThat(CacheLocation.root(Map.of(), null)).isEmpty();
    }

    /** A jar laid out as Spring Boot's repackaging lays it out, with a class path index. */
    static Path bootJar(Path jar, String words) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, "org.springframework.boot.loader.launch.JarLauncher");
        main.putValue("Start-Class", "org.example.Main");
        main.put(Attributes.Name.IMPLEMENTATION_VERSION, "9.9");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String[] entry : List.of(
                    new String[] {"BOOT-INF/classes/", null},
                    new String[] {"BOOT-INF/classes/data/words.txt", words},
                    new String[] {"BOOT-INF/lib/a.jar", "library a"},
                    new String[] {"BOOT-INF/lib/b.jar", "library b"},
                    new String[] {"BOOT-INF/classpath.idx", "- \"BOOT-INF/lib/b.jar\"\n- \"BOOT-INF/lib/a.jar\"\n"},
                    new String[] {"META-INF/VAADIN/config/flow-build-info.json", "{\"productionMode\": true}"},
                    new String[] {"META-INF/spring.factories", "a=b"},
                    new String[] {"META-INF/services/java.nio.file.spi.FileSystemProvider", "org.example.Nested"},
                    new String[] {"org/springframework/boot/loader/launch/JarLauncher.class", "loader"})) {
                out.putNextEntry(new ZipEntry(entry[0]));
                if (entry[1] != null) {
                    out.write(entry[1].getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
