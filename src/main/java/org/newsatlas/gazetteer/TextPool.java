package org.newsatlas.gazetteer;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * Many strings as UTF-8 in one array, string {@code i} at {@code bytes[starts[i], starts[i + 1])}.
 * The gazetteer's index keys and alternate names are a million strings; as String objects each
 * costs some 45 bytes of headers besides its text, here it costs the 4 bytes of its offset. Keys
 * are compared against a query in place, so a lookup makes no String of a key; an alternate name
 * becomes a String only when asked for.
 */
final class TextPool {

    private final byte[] bytes;
    private final int[] starts;

    /** {@code starts} has one more element than there are strings: the end of the last. */
    TextPool(byte[] bytes, int[] starts) {
        if (starts.length == 0 || starts[0] != 0 || starts[starts.length - 1] != bytes.length) {
            throw new IllegalStateException("string offsets do not cover the text");
        }
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] < starts[i - 1]) {
                throw new IllegalStateException("string offsets go backwards at " + i);
            }
        }
        this.bytes = bytes;
        this.starts = starts;
    }

    static TextPool of(List<String> strings) {
        byte[][] encoded = new byte[strings.size()][];
        int[] starts = new int[strings.size() + 1];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = strings.get(i).getBytes(StandardCharsets.UTF_8);
            starts[i + 1] = Math.addExact(starts[i], encoded[i].length);
        }
        byte[] bytes = new byte[starts[encoded.length]];
        for (int i = 0; i < encoded.length; i++) {
            System.arraycopy(encoded[i], 0, bytes, starts[i], encoded[i].length);
        }
        return new TextPool(bytes, starts);
    }

    int size() {
        return starts.length - 1;
    }

    String get(int i) {
        return new String(bytes, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8);
    }

    /** Whether string {@code i} is {@code text}, without decoding it. */
    boolean equalsAt(int i, String text) {
        int at = starts[i];
        int end = starts[i + 1];
        int length = text.length();
        // a char takes one UTF-8 byte at least
        if (end - at < length) {
            return false;
        }
        for (int c = 0; c < length; c++) {
            char ch = text.charAt(c);
            if (ch < 0x80) {
                if (bytes[at] != ch) {
                    return false;
                }
                at++;
            } else {
                return restEquals(at, end, text, c);
            }
        }
        return at == end;
    }

    /** The rest from the first non-ASCII char: rare in keys, so encoded the plain way. */
    private boolean restEquals(int at, int end, String text, int from) {
        byte[] rest = text.substring(from).getBytes(StandardCharsets.UTF_8);
        return Arrays.equals(bytes, at, end, rest, 0, rest.length);
    }

    /** Compares string {@code i} with UTF-8 {@code key} byte by byte (unsigned): code point order. */
    int compare(int i, byte[] key) {
        return Arrays.compareUnsigned(bytes, starts[i], starts[i + 1], key, 0, key.length);
    }

    int compare(int i, int j) {
        return Arrays.compareUnsigned(bytes, starts[i], starts[i + 1], bytes, starts[j], starts[j + 1]);
    }

    /** Whether string {@code i} starts with the UTF-8 {@code prefix}; UTF-8 is prefix-free, so as strings too. */
    boolean startsWith(int i, byte[] prefix) {
        int at = starts[i];
        return starts[i + 1] - at >= prefix.length
                && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }

    /**
     * Strings {@code ids[from, to)} as an immutable list that decodes each on access: an entry's
     * alternate names, which the index has already used and which are seldom read again.
     */
    List<String> list(int[] ids, int from, int to) {
        return from == to ? List.of() : new PooledNames(this, ids, from, to);
    }

    /** Immutable: {@link GazetteerEntry} keeps it as it is instead of copying it. */
    static final class PooledNames extends AbstractList<String> implements RandomAccess {

        private final TextPool pool;
        private final int[] ids;
        private final int from;
        private final int to;

        private PooledNames(TextPool pool, int[] ids, int from, int to) {
            this.pool = pool;
            this.ids = ids;
            this.from = from;
            this.to = to;
        }

        @Override
        public String get(int index) {
            if (index < 0 || index >= to - from) {
                throw new IndexOutOfBoundsException(index);
            }
            return pool.get(ids[from + index]);
        }

        @Override
        public int size() {
            return to - from;
        }
    }
}
