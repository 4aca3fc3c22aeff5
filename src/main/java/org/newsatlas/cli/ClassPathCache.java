package org.newsatlas.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.newsatlas.launch.CacheLocation;
import org.newsatlas.launch.LaunchFile;

/**
 * The executable jar's classes and libraries as plain jar files in a cache directory, so that a
 * batch child JVM can start from an ordinary class path: the JVM's class-data sharing archives
 * only classes read from such a path, never from Spring Boot's nested jars. One directory per jar
 * (its path, size and time stamp), made once: it is filled under a temporary name and renamed
 * into place, so a run sees either a whole directory or none, however many runs start at once.
 */
final class ClassPathCache {

    static final String LAUNCH_FILE = "launch.txt";
    private static final String CLASSES = "BOOT-INF/classes/";
    private static final String INDEX = "BOOT-INF/classpath.idx";

    /** A directory ready to launch from: the start class and the class path, in the jar's own order. */
    record Entry(Path directory, String mainClass, List<Path> classPath) {

        /** The class path as a {@code -cp} argument; a loop, not a stream: each first use of a lambda costs the parent milliseconds. */
        String classPathArgument() {
            StringJoiner joined = new StringJoiner(File.pathSeparator);
            for (Path file : classPath) {
                joined.add(file.toString());
            }
            return joined.toString();
        }

        /** What a launch file checks before starting from this entry: each class path file and the archive, with its size. */
        List<LaunchFile.Needed> neededWith(Path archive) throws IOException {
            List<LaunchFile.Needed> files = new ArrayList<>();
            for (Path file : classPath) {
                files.add(new LaunchFile.Needed(Files.size(file), file));
            }
            files.add(new LaunchFile.Needed(Files.size(archive), archive));
            return files;
        }
    }

    private ClassPathCache() {
    }

    /** The jar's entry under {@code root}, made now if it is missing or incomplete. */
    static Entry prepare(Path jar, Path root) throws IOException {
        Path real = jar.toRealPath();
        Path directory = root.resolve(CacheLocation.key(real));
        Optional<Entry> ready = read(directory);
        if (ready.isPresent()) {
            return ready.get();
        }
        Files.createDirectories(root);
        Path temporary = Files.createTempDirectory(root, directory.getFileName() + ".tmp-");
        try {
            extract(real, temporary);
            if (!moved(temporary, directory)) {
                Optional<Entry> other = read(directory);
                if (other.isPresent()) {
                    return other.get(); // another run finished first; its directory is as good
                }
                // incomplete or altered by hand: set aside whole, never emptied in place
                Path aside = Files.createTempDirectory(root, directory.getFileName() + ".tmp-");
                if (moved(directory, aside.resolve("old"))) {
                    CacheCleanup.deleteTree(aside);
                }
                moved(temporary, directory);
            }
        } finally {
            CacheCleanup.deleteTree(temporary);
        }
        Entry made = read(directory).orElseThrow(() -> new IOException("the class path cache " + directory + " is incomplete"));
        CacheCleanup.deleteStale(root, made, real);
        return made;
    }

    /** Renames {@code from} to {@code to} in one step; false when {@code to} is already there. */
    private static boolean moved(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            return false;
        } catch (FileSystemException e) {
            if (Files.exists(to)) {
                return false; // rename(2) over a full directory: ENOTEMPTY, which Java does not name
            }
            throw e;
        }
    }

    /** The entry in {@code directory} if its launch file is there and every file it lists has its size. */
    static Optional<Entry> read(Path directory) throws IOException {
        Path launch = directory.resolve(LAUNCH_FILE);
        if (!Files.isRegularFile(launch)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(launch, StandardCharsets.UTF_8);
        if (lines.size() < 2) {
            return Optional.empty();
        }
        List<Path> classPath = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            int space = line.indexOf(' ');
            if (space < 0) {
                return Optional.empty();
            }
            Path file = directory.resolve(line.substring(space + 1));
            if (!Files.isRegularFile(file) || Files.size(file) != Long.parseLong(line.substring(0, space))) {
                return Optional.empty();
            }
            classPath.add(file);
        }
        return Optional.of(new Entry(directory, lines.get(0), classPath));
    }

    private static void extract(Path jar, Path directory) throws IOException {
        try (JarFile source = new JarFile(jar.toFile())) {
            String mainClass = source.getManifest().getMainAttributes().getValue("Start-Class");
            ZipEntry index = source.getEntry(INDEX);
            if (mainClass == null || index == null) {
                throw new IOException(jar + " is not a Spring Boot executable jar");
            }
            List<String> launch = new ArrayList<>(List.of(mainClass));
            Path classes = directory.resolve("classes.jar");
            ClassesJar.write(source, CLASSES, classes);
            launch.add(Files.size(classes) + " classes.jar");
            Files.createDirectory(directory.resolve("lib"));
            for (String library : libraries(source, index)) {
                String name = "lib/" + library.substring(library.lastIndexOf('/') + 1);
                try (InputStream in = source.getInputStream(source.getEntry(library))) {
                    launch.add(Files.copy(in, directory.resolve(name)) + " " + name);
                }
            }
            Files.writeString(directory.resolve(CacheCleanup.SOURCE_FILE), jar.toString(), StandardCharsets.UTF_8);
            // written last: its presence says the rest is complete
            try (OutputStream out = Files.newOutputStream(directory.resolve(LAUNCH_FILE))) {
                out.write((String.join("\n", launch) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The nested libraries in the order Spring Boot's launcher would put them on the class path. */
    private static List<String> libraries(JarFile source, ZipEntry index) throws IOException {
        List<String> libraries = new ArrayList<>();
        try (InputStream in = source.getInputStream(index)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (entry.startsWith("- \"") && entry.endsWith("\"")) {
                    String library = entry.substring(3, entry.length() - 1);
                    if (source.getEntry(library) == null) {
                        throw new IOException(INDEX + " names " + library + ", which the jar does not hold");
                    }
                    libraries.add(library);
                }
            }
        }
        return libraries;
    }
}
