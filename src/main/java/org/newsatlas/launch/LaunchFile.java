package org.newsatlas.launch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A child JVM's command line, written ready-made into the class cache by the code that made the
 * cache, so that {@link Launcher} starts the child without knowing how the cache is laid out or
 * which flags the child wants: it reads the file and checks that it still fits (the same jar by
 * size and time, the same JVM, every listed file there with its size), nothing more. One line per
 * item, a keyword, a space and the value:
 * <pre>
 * jar SIZE MILLIS        the executable jar this was made from
 * jvm VERSION HOME       the JVM that made the class-data archive, the only one that can map it
 * stays COMMAND          a command that runs in the launching JVM (there may be several)
 * file SIZE PATH         a file the child needs (class path, archive)
 * option VALUE           the child's JVM options, class path and start class, in order
 * </pre>
 */
public record LaunchFile(long jarSize, long jarMillis, String jvm, List<String> staying, List<Needed> files,
        List<String> options) {

    /** The batch child's launch file, in the jar's cache directory. */
    public static final String BATCH = "launch-batch.txt";
    /** The web app's launch file, beside it. */
    public static final String APP = "launch-app.txt";

    /** A file the child reads, with the size it had when the launch file was written. */
    public record Needed(long size, Path path) {
    }

    public LaunchFile {
        staying = List.copyOf(staying);
        files = List.copyOf(files);
        options = List.copyOf(options);
    }

    /** {@code java.vm.version} and {@code java.home} of this JVM: a class-data archive is only good for the JVM that made it. */
    public static String thisJvm() {
        return System.getProperty("java.vm.version").concat(" ").concat(System.getProperty("java.home"));
    }

    /** True when the jar, the JVM and every needed file are those this launch file was written for. */
    public boolean fits(Path jar, String runningJvm) throws IOException {
        if (Files.size(jar) != jarSize || Files.getLastModifiedTime(jar).toMillis() != jarMillis || !jvm.equals(runningJvm)) {
            return false;
        }
        for (Needed file : files) {
            // the size catches an archive cut short, which the JVM would map and crash on (SIGBUS)
            if (!Files.isRegularFile(file.path()) || Files.size(file.path()) != file.size()) {
                return false;
            }
        }
        return true;
    }

    /** Written under a temporary name and renamed into place, so a launcher reads a whole file or none. */
    public void write(Path target) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("jar ").append(jarSize).append(' ').append(jarMillis).append('\n');
        text.append("jvm ").append(jvm).append('\n');
        for (String command : staying) {
            text.append("stays ").append(command).append('\n');
        }
        for (Needed file : files) {
            text.append("file ").append(file.size()).append(' ').append(file.path()).append('\n');
        }
        for (String option : options) {
            text.append("option ").append(option).append('\n');
        }
        if (text.chars().filter(c -> c == '\n').count() != 2 + staying.size() + files.size() + options.size()) {
            throw new IOException("a line break inside a path or option cannot be written to " + target);
        }
        Path written = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(written)) {
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /** The launch file at {@code source}, or empty when there is none or it is not one this class wrote. */
    public static Optional<LaunchFile> read(Path source) throws IOException {
        if (!Files.isRegularFile(source)) {
            return Optional.empty();
        }
        long jarSize = -1;
        long jarMillis = -1;
        String jvm = null;
        List<String> staying = new ArrayList<>();
        List<Needed> files = new ArrayList<>();
        List<String> options = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                String key = space < 0 ? line : line.substring(0, space);
                String value = space < 0 ? "" : line.substring(space + 1);
                switch (key) {
                    case "jar" -> {
                        String[] sizeAndTime = value.split(" ");
                        jarSize = Long.parseLong(sizeAndTime[0]);
                        jarMillis = Long.parseLong(sizeAndTime[1]);
                    }
                    case "jvm" -> jvm = value;
                    case "stays" -> staying.add(value);
                    case "file" -> {
                        int at = value.indexOf(' ');
                        files.add(new Needed(Long.parseLong(value.substring(0, at)), Path.of(value.substring(at + 1))));
                    }
                    case "option" -> options.add(value);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
        if (jarSize < 0 || jvm == null || options.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LaunchFile(jarSize, jarMillis, jvm, staying, files, options));
    }
}
