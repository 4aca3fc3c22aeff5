package org.newsatlas.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing what {@link ClassPathCache} no longer needs: it holds a copy of a 120 MB jar per jar. */
final class CacheCleanup {

    static final String SOURCE_FILE = "source.txt";

    private CacheCleanup() {
    }

    static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Directories made for the same jar path before it was rebuilt, and temporary ones an hour
     * old (a run killed while extracting): removed. Other jars' directories stay, so that two
     * jars run by turns do not rebuild each other's.
     */
    static void deleteStale(Path root, ClassPathCache.Entry keep, Path realJar) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                if (!entry.equals(keep.directory()) && Files.isDirectory(entry) && isStale(entry, realJar)) {
                    deleteTree(entry);
                }
            }
        } catch (IOException e) {
            // a stale directory left behind costs only disk space
        }
    }

    private static boolean isStale(Path entry, Path realJar) throws IOException {
        if (entry.getFileName().toString().contains(".tmp-")) {
            return Files.getLastModifiedTime(entry).toMillis() < System.currentTimeMillis() - 3_600_000L;
        }
        Path source = entry.resolve(SOURCE_FILE);
        return Files.isRegularFile(source) && Files.readString(source, StandardCharsets.UTF_8).equals(realJar.toString());
    }
}
