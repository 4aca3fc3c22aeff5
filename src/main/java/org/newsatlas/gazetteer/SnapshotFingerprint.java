package org.newsatlas.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * A digest of everything a snapshot's content follows from: the bytes of the bundled files and of
 * the classes that parse, normalise and index them. File dates are left out because a checkout or
 * a jar changes them without changing the data; a changed normaliser changes every key even when
 * the data stays the same, so its class file counts like a data file.
 *
 * <p>Each file counts by its length and CRC-32, which a jar entry records and which the JVM
 * computes with CPU instructions even before the JIT has compiled anything (SHA-256 over the
 * 9 MB took 0.8-2 s in a fresh JVM); SHA-256 then only digests those sums. This guards against a stale snapshot, not against forgery:
 * whoever can replace the data files can replace the snapshot too.
 */
final class SnapshotFingerprint {

    static final int LENGTH = 32;

    private static final List<Class<?>> INDEXING_CODE = List.of(GeoNamesReader.class, GazetteerBuilder.class,
            GazetteerLoader.class, NameNormalizer.class, CharFolding.class, NameTable.class, NameIndex.class,
            TextPool.class, SnapshotWriter.class, SnapshotReader.class, SnapshotOutput.class, SnapshotInput.class);

    private static final long MISSING = -1;

    private SnapshotFingerprint() {
    }

    /** The fingerprint of the bundled files under a classpath directory such as {@code gazetteer/}. */
    static byte[] of(String bundledDirectory) {
        return of(bundledDirectory, SnapshotFingerprint.class.getClassLoader());
    }

    /** The same, with the bundled files found through another class loader (a jar's, in tests). */
    static byte[] of(String bundledDirectory, ClassLoader classes) {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[1 << 16];
        List<String> files = new ArrayList<>(GazetteerLoader.BUNDLED_FILES);
        files.add(GazetteerLoader.BUNDLED_DEMONYMS);
        for (String file : files) {
            digest(sha, file, classes.getResource(bundledDirectory + file), buffer);
        }
        for (Class<?> type : INDEXING_CODE) {
            String file = type.getSimpleName() + ".class";
            digest(sha, file, type.getResource(file), buffer);
        }
        return sha.digest();
    }

    /** Name, length and CRC-32 of a file: two different file lists never digest the same. */
    private static void digest(MessageDigest sha, String name, URL file, byte[] buffer) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        long[] sums = {MISSING, MISSING};
        if (file != null) {
            try {
                sums = lengthAndCrc(file, buffer);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name + " for the gazetteer fingerprint", e);
            }
        }
        for (long value : sums) {
            for (int shift = 0; shift < 64; shift += 8) {
                sha.update((byte) (value >>> shift));
            }
        }
    }

    /**
     * A file in a jar (the packaged app, the command's class cache) has both in its jar entry, so
     * it is not read: reading the 9 MB took a command 35-80 ms before its snapshot could be used.
     * A file in a directory (the build, tests) is read.
     */
    static long[] lengthAndCrc(URL file, byte[] buffer) throws IOException {
        URLConnection connection = file.openConnection();
        if (connection instanceof JarURLConnection jar) {
            JarEntry entry = jar.getJarEntry();
            if (entry != null && entry.getSize() >= 0 && entry.getCrc() >= 0) {
                return new long[] {entry.getSize(), entry.getCrc()};
            }
        }
        CRC32 crc = new CRC32();
        long length = 0;
        try (InputStream in = connection.getInputStream()) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                crc.update(buffer, 0, read);
                length += read;
            }
        }
        return new long[] {length, crc.getValue()};
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
