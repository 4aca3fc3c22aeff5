package org.newsatlas.gazetteer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A cursor over a snapshot read as a stream through a small buffer: the reverse of
 * {@link SnapshotOutput}. Reading the whole file into one array first held its 28 MB besides the
 * gazetteer made from it. A truncated or corrupt snapshot ends in an {@link IllegalStateException}
 * or {@link UncheckedIOException}, which the loader takes as "do not use it".
 */
final class SnapshotInput {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private final ByteBuffer view = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
    private int position;
    private int filled;
    /** Bytes consumed before the buffer's first. */
    private long before;
    /** Where the snapshot ends, once its header has said; a count can never promise more. */
    private long end = Long.MAX_VALUE;

    SnapshotInput(InputStream in) {
        this.in = in;
    }

    SnapshotInput(byte[] data) {
        this(new ByteArrayInputStream(data));
        this.end = data.length;
    }

    /** The snapshot ends this many bytes from here. */
    void endsAfter(long length) {
        if (length < 0) {
            throw new IllegalStateException("negative length " + length);
        }
        end = offset() + length;
    }

    long varlong() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (position == filled) {
                fill(1);
            }
            byte b = buffer[position++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalStateException("varint longer than 64 bits at " + offset());
    }

    /** A count or an index: must fit an int and be at most {@code limit}. */
    int varint(int limit) {
        long value = varlong();
        if (value < 0 || value > limit) {
            throw new IllegalStateException("value " + value + " out of range 0.." + limit + " at " + offset());
        }
        return (int) value;
    }

    /** The length of what follows: each element takes a byte at least, so a corrupt count cannot run out of memory. */
    int count() {
        return varint((int) Math.min(Integer.MAX_VALUE, end - offset()));
    }

    double float64() {
        fill(Double.BYTES);
        double value = view.getDouble(position);
        position += Double.BYTES;
        return value;
    }

    int int32() {
        fill(Integer.BYTES);
        int value = view.getInt(position);
        position += Integer.BYTES;
        return value;
    }

    long int64() {
        fill(Long.BYTES);
        long value = view.getLong(position);
        position += Long.BYTES;
        return value;
    }

    byte[] raw(int length) {
        if (length < 0 || length > end - offset()) {
            throw new IllegalStateException("snapshot ends inside a " + length + "-byte field");
        }
        byte[] copy = new byte[length];
        int buffered = Math.min(length, filled - position);
        System.arraycopy(buffer, position, copy, 0, buffered);
        position += buffered;
        if (buffered < length) {
            // the rest straight from the stream, past the buffer
            int read = read(copy, buffered, length - buffered);
            before += read;
            if (read < length - buffered) {
                throw new IllegalStateException("snapshot ends inside a " + length + "-byte field");
            }
        }
        return copy;
    }

    boolean atEnd() {
        if (position < filled) {
            return false;
        }
        before += filled;
        position = 0;
        filled = read(buffer, 0, 1);
        return filled == 0 && offset() == end;
    }

    private long offset() {
        return before + position;
    }

    /** Makes {@code need} bytes available from {@code position}. */
    private void fill(int need) {
        if (filled - position >= need) {
            return;
        }
        int kept = filled - position;
        System.arraycopy(buffer, position, buffer, 0, kept);
        before += position;
        position = 0;
        filled = kept + read(buffer, kept, BUFFER - kept);
        if (filled < need) {
            throw new IllegalStateException("snapshot ends early, at " + (before + filled));
        }
    }

    private int read(byte[] into, int from, int length) {
        try {
            return in.readNBytes(into, from, length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer snapshot", e);
        }
    }
}
