package org.newsatlas.gazetteer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A cursor over a whole snapshot held in one array: the reverse of {@link SnapshotOutput}. A
 * truncated or corrupt snapshot ends in an {@link IndexOutOfBoundsException} or
 * {@link IllegalStateException}, which the loader takes as "do not use it".
 */
final class SnapshotInput {

    private final byte[] data;
    private final ByteBuffer view;
    private int position;

    SnapshotInput(byte[] data) {
        this.data = data;
        this.view = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    }

    long varlong() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = data[position++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalStateException("varint longer than 64 bits at " + position);
    }

    /** A count or an index: must fit an int and be at most {@code limit}. */
    int varint(int limit) {
        long value = varlong();
        if (value < 0 || value > limit) {
            throw new IllegalStateException("value " + value + " out of range 0.." + limit + " at " + position);
        }
        return (int) value;
    }

    /** The length of what follows: each element takes a byte at least, so a corrupt count cannot run out of memory. */
    int count() {
        return varint(data.length - position);
    }

    double float64() {
        double value = view.getDouble(position);
        position += Double.BYTES;
        return value;
    }

    int int32() {
        int value = view.getInt(position);
        position += Integer.BYTES;
        return value;
    }

    byte[] raw(int length) {
        if (length > data.length - position) {
            throw new IllegalStateException("snapshot ends inside a " + length + "-byte field");
        }
        byte[] copy = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return copy;
    }

    String text() {
        int length = varint(data.length - position);
        String value = new String(data, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    boolean atEnd() {
        return position == data.length;
    }
}
