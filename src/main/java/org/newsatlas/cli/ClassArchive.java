package org.newsatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The class-data sharing archive of a batch child: the classes it loaded, parsed and verified
 * once, mapped into memory by the next run. Java 17's JVM checks an archive's header and class
 * path but not the rest of it, and crashes (SIGBUS) on one cut short, so an archive is used only
 * when its size and CRC match those written beside it after a child that made it exited cleanly,
 * and by the JVM that made it: another JDK build ignores the archive (with a warning), so a JDK
 * update makes a new one rather than running without one from then on.
 */
final class ClassArchive {

    /** The batch child's archive. */
    static final String ARCHIVE = "classes.jsa";
    static final String CHECKSUM = checksumOf(ARCHIVE);
    /** The web app's archive, from a training run that stops once the context is refreshed. */
    static final String APP_ARCHIVE = "app.jsa";

    /** The JVM options for one child, and where that child dumps a new archive, if it does. */
    record Plan(List<String> jvmOptions, Optional<Path> dump) {
    }

    private ClassArchive() {
    }

    /** Use the archive in {@code directory} if it checks out for {@code jvm}; otherwise have this child make one. */
    static Plan plan(Path directory, String jvm) throws IOException {
        return plan(directory, ARCHIVE, jvm);
    }

    static Plan plan(Path directory, String name, String jvm) throws IOException {
        Path archive = directory.resolve(name);
        if (verified(archive, directory.resolve(checksumOf(name)), jvm)) {
            return use(archive);
        }
        Path dump = Files.createTempFile(directory, name + ".", ".tmp");
        Files.delete(dump); // the JVM writes it at exit; an empty file would look like a failed dump
        // the dump lists on stderr each JDK class it leaves out (JFR's events): nothing to act on
        return new Plan(List.of("-XX:ArchiveClassesAtExit=" + dump, "-Xlog:cds*=off:stderr"), Optional.of(dump));
    }

    static Plan use(Path archive) {
        return new Plan(List.of("-XX:SharedArchiveFile=" + archive), Optional.empty());
    }

    /**
     * Puts a dumped archive in place after its child exited with {@code exitCode}: the archive
     * first, then its checksum, each by an atomic rename, so that a run starting meanwhile sees
     * no archive, or one whose checksum does not match yet (and makes its own), never half of one.
     */
    static void publish(Path dump, int exitCode, Path directory, String jvm) throws IOException {
        publish(dump, exitCode, directory, ARCHIVE, jvm);
    }

    static void publish(Path dump, int exitCode, Path directory, String name, String jvm) throws IOException {
        try {
            if (exitCode != 0 || !Files.isRegularFile(dump) || Files.size(dump) == 0) {
                return;
            }
            Path archive = directory.resolve(name);
            String checksum = checksum(dump) + " " + jvm;
            Files.move(dump, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Path written = Files.createTempFile(directory, checksumOf(name) + ".", ".tmp");
            Files.writeString(written, checksum, StandardCharsets.UTF_8);
            Files.move(written, directory.resolve(checksumOf(name)), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    static String checksumOf(String archive) {
        return archive + ".crc";
    }

    static boolean verified(Path archive, Path checksumFile, String jvm) throws IOException {
        if (!Files.isRegularFile(archive) || !Files.isRegularFile(checksumFile)) {
            return false;
        }
        return Files.readString(checksumFile, StandardCharsets.UTF_8).strip().equals(checksum(archive) + " " + jvm);
    }

    /** Size and CRC-32: reading the 14 MB archive takes some 10 ms, and the JVM maps it next anyway. */
    static String checksum(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                crc.update(buffer, 0, read);
                size += read;
            }
        }
        return size + " " + Long.toHexString(crc.getValue());
    }
}
