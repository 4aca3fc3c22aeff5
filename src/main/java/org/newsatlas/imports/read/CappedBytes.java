package org.newsatlas.imports.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a stream into memory only up to a cap, so that an oversized item never fills the heap. */
final class CappedBytes {

    private CappedBytes() {
    }

    /** The bytes, or empty when there are more than {@code max}; the stream is read to the cap at most. */
    static Optional<byte[]> read(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > max) {
                return Optional.empty();
            }
            out.write(buffer, 0, read);
        }
        return Optional.of(out.toByteArray());
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? "%.0f MB".formatted(bytes / (1024.0 * 1024.0)) : "%,d bytes".formatted(bytes);
    }
}
