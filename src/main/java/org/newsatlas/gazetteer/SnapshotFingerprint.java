package org.newsatlas.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A digest of everything a snapshot's content follows from: the bytes of the bundled files and of
 * the classes that parse, normalise and index them. File dates are left out because a checkout or
 * a jar changes them without changing the data; a changed normaliser changes every key even when
 * the data stays the same, so its class file counts like a data file.
 *
 * <p>Each file's bytes go through CRC-32 and CRC-32C, which the JVM computes with CPU instructions
 * even before the JIT has compiled anything (SHA-256 over the 9 MB took 0.8-2 s in a fresh JVM);
 * SHA-256 then only digests those sums. This guards against a stale snapshot, not against forgery:
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
        MessageDigest sha = sha256();
        byte[] buffer = new byte[1 << 16];
        List<String> files = new ArrayList<>(GazetteerLoader.BUNDLED_FILES);
        files.add(GazetteerLoader.BUNDLED_DEMONYMS);
        ClassLoader classes = SnapshotFingerprint.class.getClassLoader();
        for (String file : files) {
            digest(sha, file, classes.getResourceAsStream(bundledDirectory + file), buffer);
        }
        for (Class<?> type : INDEXING_CODE) {
            String file = type.getSimpleName() + ".class";
            digest(sha, file, type.getResourceAsStream(file), buffer);
        }
        return sha.digest();
    }

    /** Name, length and both sums of a file: two different file lists never digest the same. */
    private static void digest(MessageDigest sha, String name, InputStream in, byte[] buffer) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        long length = MISSING;
        CRC32 crc = new CRC32();
        CRC32C crcC = new CRC32C();
        if (in != null) {
            length = 0;
            try (in) {
                int read;
                while ((read = in.read(buffer)) > 0) {
                    crc.update(buffer, 0, read);
                    crcC.update(buffer, 0, read);
                    length += read;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name + " for the gazetteer fingerprint", e);
            }
        }
        for (long value : new long[] {length, crc.getValue(), crcC.getValue()}) {
            for (int shift = 0; shift < 64; shift += 8) {
                sha.update((byte) (value >>> shift));
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
