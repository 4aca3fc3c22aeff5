package org.newsatlas.imports.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The caps one zip (with the zips inside it) must keep to: entries, bytes unpacked, and unpacked
 * bytes per packed byte. Every byte unpacked passes through {@link #guard}, so a zip bomb is
 * stopped when it has unpacked a few megabytes, not when the memory or the disk is full.
 */
final class ZipBudget {

    /** A zip that broke a cap; the whole zip stops, since a bomb's later entries are no better. */
    static final class Exceeded extends IOException {
        Exceeded(String message) {
            super(message);
        }
    }

    private final ReadLimits limits;
    private final CountingStream packed;
    private long unpacked;
    private int entries;

    private ZipBudget(ReadLimits limits, CountingStream packed) {
        this.limits = limits;
        this.packed = packed;
    }

    /** The budget of the zip read from {@code raw}; read the zip from {@link #packedStream()}. */
    static ZipBudget of(ReadLimits limits, InputStream raw) {
        return new ZipBudget(limits, new CountingStream(raw));
    }

    InputStream packedStream() {
        return packed;
    }

    void entry() throws Exceeded {
        if (++entries > limits.maxZipEntries()) {
            throw new Exceeded("the zip has more than %,d entries; it was not read further".formatted(
                    limits.maxZipEntries()));
        }
    }

    /** An entry's data that counts against the budget; closing it leaves the zip open. */
    InputStream guard(InputStream entry) {
        return new FilterInputStream(entry) {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    count(read);
                }
                return read;
            }

            @Override
            public void close() {
                // the zip stream stays open for its next entry
            }
        };
    }

    private void count(int bytes) throws Exceeded {
        unpacked += bytes;
        if (unpacked > limits.maxUnpackedBytes()) {
            throw new Exceeded("the zip unpacks to more than %s (a zip bomb?); it was not read further"
                    .formatted(CappedBytes.megabytes(limits.maxUnpackedBytes())));
        }
        if (unpacked > ReadLimits.RATIO_CHECK_FROM && unpacked > (long) limits.maxRatio() * Math.max(1, packed.count)) {
            throw new Exceeded("the zip unpacks to more than %d times its size (a zip bomb?); it was not read further"
                    .formatted(limits.maxRatio()));
        }
    }

    private static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read != -1) {
                count++;
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
