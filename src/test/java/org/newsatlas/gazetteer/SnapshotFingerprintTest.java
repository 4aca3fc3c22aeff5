package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotFingerprintTest {

    @TempDir
    Path directory;

    @Test
    void bundled_files_in_a_jar_give_the_fingerprint_they_give_in_a_directory() throws IOException {
        Path jar = jarOfFixture(directory.resolve("same.jar"), null);

        try (URLClassLoader fromJar = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(fromJar.getResource(GazetteerFixture.DIRECTORY + "countries.txt").getProtocol()).isEqualTo("jar");
            assertThat(SnapshotFingerprint.of(GazetteerFixture.DIRECTORY, fromJar))
                    .isEqualTo(SnapshotFingerprint.of(GazetteerFixture.DIRECTORY));
        }
    }

    @Test
    void one_changed_byte_in_a_jarred_file_changes_the_fingerprint() throws IOException {
        Path jar = jarOfFixture(directory.resolve("changed.jar"), "countries.txt");

        try (URLClassLoader fromJar = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(SnapshotFingerprint.of(GazetteerFixture.DIRECTORY, fromJar))
                    .isNotEqualTo(SnapshotFingerprint.of(GazetteerFixture.DIRECTORY));
        }
    }

    @Test
    void a_jar_entry_gives_its_length_and_crc_without_being_read_and_a_file_is_read() throws IOException {
        Path jar = jarOfFixture(directory.resolve("sums.jar"), null);
        URL inDirectory = getClass().getClassLoader().getResource(GazetteerFixture.DIRECTORY + "countries.txt");
        URL inJar = new URL("jar:" + jar.toUri() + "!/" + GazetteerFixture.DIRECTORY + "countries.txt");
        byte[] buffer = new byte[64];

        long[] fromFile = SnapshotFingerprint.lengthAndCrc(inDirectory, buffer);
        long[] fromEntry = SnapshotFingerprint.lengthAndCrc(inJar, buffer);

        assertThat(fromEntry).isEqualTo(fromFile);
        assertThat(fromFile[0]).isEqualTo(Files.size(Path.of(inDirectory.getPath())));
    }

    /** The fixture's bundled files, deflated as a jar would hold them; one of them with its last byte changed. */
    private static Path jarOfFixture(Path jar, String changed) throws IOException {
        List<String> files = new ArrayList<>(GazetteerLoader.BUNDLED_FILES);
        files.add(GazetteerLoader.BUNDLED_DEMONYMS);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String file : files) {
                try (InputStream in = SnapshotFingerprintTest.class.getClassLoader()
                        .getResourceAsStream(GazetteerFixture.DIRECTORY + file)) {
                    if (in == null) {
                        continue;
                    }
                    byte[] content = in.readAllBytes();
                    if (file.equals(changed)) {
                        content[content.length - 1]++;
                    }
                    zip.putNextEntry(new ZipEntry(GazetteerFixture.DIRECTORY + file));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
        }
        return jar;
    }
}
