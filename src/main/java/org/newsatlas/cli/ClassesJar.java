package org.newsatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.newsatlas.files.StoredEntry;

/**
 * The application's own classes and resources, taken out of the executable jar's folder (and
 * the resources it keeps at its root) into a jar of their own: class-data sharing reads classes from jars only, not from directories.
 */
final class ClassesJar {

    private static final String META_INF = "META-INF/";
    /** Spring Boot's loader's file system for nested jars: its classes are not on the extracted class path. */
    private static final String LOADER_FILE_SYSTEM = "META-INF/services/java.nio.file.spi.FileSystemProvider";

    private ClassesJar() {
    }

    /**
     * Writes the entries under {@code prefix}, and the jar root's own {@code META-INF} resources,
     * to {@code target}, stored rather than compressed (the gazetteer snapshot among them is read
     * whole at every start), with the executable jar's manifest minus its launcher, so that
     * {@code Package.getImplementationVersion()} still answers. Spring Boot's repackaging leaves
     * {@code META-INF} at the root, where its launcher's class loader finds it through the jar on
     * the JVM's class path: the web app's production bundle ({@code META-INF/VAADIN}) and its
     * {@code spring.factories}. The root's resources come first, as they do for that class loader.
     */
    static void write(JarFile source, String prefix, Path target) throws IOException {
        Manifest manifest = new Manifest(source.getManifest());
        manifest.getMainAttributes().remove(Attributes.Name.MAIN_CLASS);
        Set<String> written = new HashSet<>();
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (boolean root : new boolean[] {true, false}) {
                Enumeration<JarEntry> entries = source.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    Optional<String> name = root ? rootResource(entry.getName()) : under(prefix, entry.getName());
                    if (name.isPresent() && written.add(name.get())) {
                        copy(source, entry, name.get(), out);
                    }
                }
            }
        }
    }

    private static Optional<String> rootResource(String name) {
        boolean resource = name.startsWith(META_INF) && !name.endsWith("/") && !name.equals(JarFile.MANIFEST_NAME)
                && !name.equals(LOADER_FILE_SYSTEM);
        return resource ? Optional.of(name) : Optional.empty();
    }

    private static Optional<String> under(String prefix, String name) {
        if (!name.startsWith(prefix) || name.length() == prefix.length() || name.equals(prefix + JarFile.MANIFEST_NAME)) {
            return Optional.empty();
        }
        return Optional.of(name.substring(prefix.length()));
    }

    private static void copy(JarFile source, JarEntry entry, String name, JarOutputStream out) throws IOException {
        byte[] content;
        try (InputStream in = source.getInputStream(entry)) {
            content = in.readAllBytes();
        }
        ZipEntry stored = StoredEntry.of(name, content);
        stored.setTime(entry.getTime());
        out.putNextEntry(stored);
        out.write(content);
        out.closeEntry();
    }
}
