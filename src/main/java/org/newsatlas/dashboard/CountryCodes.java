package org.newsatlas.dashboard;

import java.util.Locale;

/** ISO 3166-1 alpha-2 codes as small numbers, so that counting by country needs no lookup. */
final class CountryCodes {

    /** Places without a country (oceans, continents) count under this code. */
    static final String NONE = "";
    static final int SIZE = 1 << 16;

    private CountryCodes() {
    }

    static String normalize(String code) {
        return code == null || code.length() != 2 ? NONE : code.toUpperCase(Locale.ROOT);
    }

    static int pack(String code) {
        String normal = normalize(code);
        return normal.isEmpty() ? 0 : (normal.charAt(0) << 8 | normal.charAt(1)) & (SIZE - 1);
    }

    static String unpack(int packed) {
        return packed == 0 ? NONE : new String(new char[] {(char) (packed >> 8), (char) (packed & 0xFF)});
    }
}
