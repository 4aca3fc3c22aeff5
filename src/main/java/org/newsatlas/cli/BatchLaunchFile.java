package org.newsatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.newsatlas.launch.LaunchFile;

/**
 * The batch child's command line, written into the jar's cache directory once the cache and its
 * class-data archive are complete, for {@link org.newsatlas.launch.Launcher} to start the next
 * child without Spring Boot's launcher. Made from {@link BatchJvm#childCommand}, so the flags and
 * the class path stay defined in one place.
 */
final class BatchLaunchFile {

    private BatchLaunchFile() {
    }

    /** Writes the launch file when the archive in the entry checks out for {@code jvm}; does nothing otherwise. */
    static void keep(Path jar, ClassPathCache.Entry entry, String jvm) throws IOException {
        Path archive = entry.directory().resolve(ClassArchive.ARCHIVE);
        if (!ClassArchive.verified(archive, entry.directory().resolve(ClassArchive.CHECKSUM), jvm)) {
            return;
        }
        made(jar.toRealPath(), entry, archive, jvm).write(entry.directory().resolve(LaunchFile.BATCH));
    }

    static LaunchFile made(Path realJar, ClassPathCache.Entry entry, Path archive, String jvm) throws IOException {
        BatchJvm.Cached cached = new BatchJvm.Cached(entry, ClassArchive.use(archive));
        List<String> command = BatchJvm.childCommand(List.of(), "java", realJar.toString(), Optional.of(cached));
        return new LaunchFile(Files.size(realJar), Files.getLastModifiedTime(realJar).toMillis(), jvm,
                List.copyOf(new TreeSet<>(Commands.IN_THIS_JVM)), entry.neededWith(archive),
                command.subList(1, command.size()));
    }
}
