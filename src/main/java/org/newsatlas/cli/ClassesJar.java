package org.newsatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * The application's own classes and resources, taken out of the executable jar's folder into a
 * jar of their own: class-data sharing reads classes from jars only, not from directories.
 */
final class ClassesJar {

    private ClassesJar() {
    }

    /**
     * Writes the entries under {@code prefix} to {@code target}, stored rather than compressed
     * (the gazetteer snapshot among them is read whole at every start), with the executable
     * jar's manifest minus its launcher, so that {@code Package.getImplementationVersion()}
     * still answers.
     */
    static void write(JarFile source, String prefix, Path target) throws IOException {
        Manifest manifest = new Manifest(source.getManifest());
        manifest.getMainAttributes().remove(Attributes.Name.MAIN_CLASS);
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream out = new JarOutputStream(file, manifest)) {
            Enumeration<JarEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!name.startsWith(prefix) || name.length() == prefix.length()
                        || name.equals(prefix + JarFile.MANIFEST_NAME)) {
                    continue;
                }
                byte[] content;
                try (InputStream in = source.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                out.putNextEntry(stored(name.substring(prefix.length()), content, entry));
                out.write(content);
                out.closeEntry();
            }
        }
    }

    private static ZipEntry stored(String name, byte[] content, JarEntry original) {
        CRC32 crc = new CRC32();
        crc.update(content);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        entry.setTime(original.getTime());
        return entry;
    }
}
