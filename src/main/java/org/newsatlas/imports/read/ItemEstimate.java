package org.newsatlas.imports.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * About how many items an import will find, for a progress bar's end and time left: a file is
 * one, a JSON Lines file one per line, a zip one per entry (from its directory, unpacking nothing).
 * Feeds count as one: their items are known only once parsed.
 */
public final class ItemEstimate {

    private ItemEstimate() {
    }

    public static long of(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                return files.filter(Files::isRegularFile).mapToLong(ItemEstimate::ofFile).sum();
            } catch (IOException | RuntimeException unreadable) {
                return 1;
            }
        }
        return ofFile(path);
    }

    private static long ofFile(Path file) {
        try {
            switch (ImportReader.kind(file.getFileName().toString())) {
                case JSON_LINES -> {
                    return Math.max(1, lines(file));
                }
                case ZIP -> {
                    try (ZipFile zip = new ZipFile(file.toFile())) {
                        return Math.max(1, zip.stream().filter(entry -> !entry.isDirectory()).count());
                    }
                }
                default -> {
                    return 1;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return 1;
        }
    }

    private static long lines(Path file) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }
}
