package org.newsatlas.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where uploads wait for their import: a new temporary folder per request. A file is saved under a
 * numbered sub-folder with only the last part of its own name, so no name can lead elsewhere.
 */
@Component
public class UploadFolder {

    private static final Logger log = LoggerFactory.getLogger(UploadFolder.class);

    public Path create() {
        try {
            return Files.createTempDirectory("newsatlas-import-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path save(Path folder, int number, String plainName, InputStream content) throws IOException {
        Path target = folder.resolve(Integer.toString(number)).resolve(plainName).normalize();
        if (!target.startsWith(folder)) {
            throw new IOException("refused file name");
        }
        Files.createDirectories(target.getParent());
        Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    public void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete the uploads in {}: {}", folder, e.toString());
        }
    }

    /** The file name without any folder part, control characters or a leading dot; {@code fallback} when nothing is left. */
    public static String plainName(String original, String fallback) {
        if (original == null) {
            return fallback;
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        return name.isEmpty() ? fallback : name;
    }
}
