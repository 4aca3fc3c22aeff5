package org.newsatlas.gazetteer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * {@link NameNormalizer}'s rules 1 and 2, and which chars separate words (rule 3), for a single
 * char, worked out once for every char of the Basic Multilingual Plane: NFKD decomposition and case
 * folding are far too slow for the millions of names and tokens a batch normalises, a table lookup
 * is not.
 */
final class CharFolding {

    /** The char is deleted ("." and apostrophes, combining marks). */
    static final char DROP = '\uFFFF';
    /** The char separates words (punctuation, symbols, whitespace). */
    static final char SEPARATOR = '\uFFFE';
    /** The char becomes several ("ß" -> "ss"): see {@link #multi}. */
    static final char MULTI = '\uFFFD';

    /** What each BMP char becomes: a single char, or one of the markers above. */
    private static final char[] FOLD = new char[65536];
    private static final String[] MULTI_FOLD = new String[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            String folded = foldSlowly((char) c);
            if (folded == null) {
                FOLD[c] = SEPARATOR;
            } else if (folded.isEmpty()) {
                FOLD[c] = DROP;
            } else if (folded.length() == 1) {
                FOLD[c] = folded.charAt(0);
            } else {
                FOLD[c] = MULTI;
                MULTI_FOLD[c] = folded;
            }
        }
    }

    private CharFolding() {
    }

    /** The folded char, or {@link #DROP}, {@link #SEPARATOR} or {@link #MULTI}. */
    static char fold(char c) {
        return FOLD[c];
    }

    /** The chars a {@link #MULTI} char folds to. */
    static String multi(char c) {
        return MULTI_FOLD[c];
    }

    /** Returns the folded form of one char: null for a word separator, "" to drop it. */
    private static String foldSlowly(char c) {
        if (c == ' ') {
            return " ";
        }
        if (Character.isSurrogate(c)) {
            return String.valueOf(c);
        }
        switch (c) {
            case '.', '\'', '`', '´', '‘', '’', '‚', '‛', '′', '·',
                    'ʹ', 'ʻ', 'ʼ', 'ʽ', 'ʾ', 'ʿ', 'ˈ', '\u00AD' -> {
                return "";
            }
            case 'ß' -> {
                return "ss";
            }
            case 'æ', 'Æ' -> {
                return "ae";
            }
            case 'œ', 'Œ' -> {
                return "oe";
            }
            case 'ø', 'Ø' -> {
                return "o";
            }
            case 'ł', 'Ł' -> {
                return "l";
            }
            case 'đ', 'Đ', 'ð', 'Ð' -> {
                return "d";
            }
            case 'þ', 'Þ' -> {
                return "th";
            }
            case 'ħ', 'Ħ' -> {
                return "h";
            }
            case 'ı' -> {
                return "i";
            }
            default -> {
                // fall through to the Unicode categories
            }
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
            return "";
        }
        if (!Character.isLetterOrDigit(c)) {
            return null;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            int dType = Character.getType(d);
            if (Character.isLetterOrDigit(d) && dType != Character.NON_SPACING_MARK) {
                folded.append(d);
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }
}
