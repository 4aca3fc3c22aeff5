package org.newsatlas.gazetteer;

/**
 * Turns a place name into the key the gazetteer is indexed by, so that spellings a reader would
 * call the same name compare equal: "St. Louis" = "Saint Louis", "U.S." = "US",
 * "Winston-Salem" = "Winston Salem", "São Paulo" = "Sao Paulo".
 *
 * <p>Rules, in order:
 * <ol>
 * <li>lower case (Locale.ROOT); diacritics stripped (NFKD, combining marks dropped) plus the letters
 *     NFKD leaves alone: ß→ss, æ→ae, œ→oe, ø→o, ł→l, đ→d, ð→d, þ→th, ħ→h, ı→i;</li>
 * <li>periods and apostrophes (' ’ ‘ ʻ ʼ ` ´ ·) are deleted, because they sit inside words:
 *     "U.S." is "us", "O'Hare" is "ohare";</li>
 * <li>every other punctuation mark, symbol, hyphen, underscore, slash and whitespace separates
 *     words; runs collapse to one space, none leading or trailing;</li>
 * <li>the abbreviations st, ste, ft, mt become saint, sainte, fort, mount when another word
 *     follows them, wherever they stand ("Port St. Lucie", "Sault Ste. Marie"). A final "St"
 *     stays as it is because there it usually means Street ("Wall St"). "Pt" is left alone:
 *     it abbreviates both Point and Port (Pt Reyes, Pt Moresby).</li>
 * </ol>
 *
 * <p>The gazetteer is queried millions of times per article batch, so this is a char loop over the
 * table in {@link CharFolding}, and a string that is already normalised comes back as the same
 * instance.
 */
public final class NameNormalizer {

    private static final String[][] ABBREVIATIONS = {
            {"st", "saint"}, {"ste", "sainte"}, {"ft", "fort"}, {"mt", "mount"}};

    private NameNormalizer() {
    }

    /** The index key for a name; empty for a name made of punctuation only. */
    public static String normalize(String name) {
        return expandAbbreviations(words(name), false);
    }

    /**
     * A token that an apostrophe opens, split by the tokenizer from the word before it ("'s",
     * "’s"): a name joins it to that word without a space, as {@link #normalize} folds "People's".
     */
    public static boolean isClitic(String token) {
        return token.length() > 1 && (token.charAt(0) == '\'' || token.charAt(0) == '’');
    }

    /**
     * Steps 1-3 only: the lower-case, unaccented words of a name separated by single spaces.
     * Token sequences are matched by folding each token once and joining the words.
     */
    static String words(String text) {
        int length = text.length();
        int i = 0;
        // Fast path: already folded text is returned as is, with no allocation.
        char previous = ' ';
        while (i < length) {
            char c = text.charAt(i);
            if (CharFolding.fold(c) != c || (c == ' ' && previous == ' ')) {
                break;
            }
            previous = c;
            i++;
        }
        if (i == length) {
            return previous == ' ' && length > 0 ? text.substring(0, length - 1) : text;
        }
        StringBuilder out = new StringBuilder(length + 4);
        out.append(text, 0, i);
        boolean pendingSpace = false;
        if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
            pendingSpace = true;
        }
        for (; i < length; i++) {
            char c = text.charAt(i);
            char f = CharFolding.fold(c);
            if (f == CharFolding.DROP) {
                continue;
            }
            if (f == CharFolding.SEPARATOR || f == ' ') {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (f == CharFolding.MULTI) {
                out.append(CharFolding.multi(c));
            } else {
                out.append(f);
            }
        }
        return out.toString();
    }

    /**
     * Replaces abbreviations that another word follows. With {@code alsoLast} the final word is
     * expanded too: that is the form a token takes when more tokens will be appended after it.
     */
    static String expandAbbreviations(String words, boolean alsoLast) {
        int length = words.length();
        StringBuilder out = null;
        int copied = 0;
        int start = 0;
        while (start < length) {
            int end = words.indexOf(' ', start);
            boolean last = end < 0;
            if (last) {
                end = length;
            }
            int wordLength = end - start;
            if ((wordLength == 2 || wordLength == 3) && (alsoLast || !last)) {
                String expansion = expansion(words, start, wordLength);
                if (expansion != null) {
                    if (out == null) {
                        out = new StringBuilder(length + 8);
                    }
                    out.append(words, copied, start).append(expansion);
                    copied = end;
                }
            }
            start = end + 1;
        }
        if (out == null) {
            return words;
        }
        return out.append(words, copied, length).toString();
    }

    private static String expansion(String words, int start, int length) {
        for (String[] abbreviation : ABBREVIATIONS) {
            if (abbreviation[0].length() == length && words.startsWith(abbreviation[0], start)) {
                return abbreviation[1];
            }
        }
        return null;
    }
}
