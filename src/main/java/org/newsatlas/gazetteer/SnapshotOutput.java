package org.newsatlas.gazetteer;

import java.util.Arrays;

/** Bytes of a snapshot being written: unsigned LEB128 varints, little-endian numbers, raw bytes. */
final class SnapshotOutput {

    /** Not a ByteArrayOutputStream: its synchronised write per byte was most of the writing time. */
    private byte[] bytes = new byte[1 << 24];
    private int size;

    void varint(long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        write((int) rest);
    }

    /** Raw IEEE bits, so a coordinate comes back exactly as parsed, -0.0 and all. */
    void float64(double value) {
        long bits = Double.doubleToRawLongBits(value);
        for (int shift = 0; shift < 64; shift += 8) {
            write((int) (bits >>> shift));
        }
    }

    void int32(int value) {
        for (int shift = 0; shift < 32; shift += 8) {
            write(value >>> shift);
        }
    }

    void int64(long value) {
        for (int shift = 0; shift < 64; shift += 8) {
            write((int) (value >>> shift));
        }
    }

    void raw(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, size, data.length);
        size += data.length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    int size() {
        return size;
    }

    private void write(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    private void ensure(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
