package org.newsatlas.extraction;

/**
 * Tokens that cannot open a place name whatever the gazetteer says: single letters ("A", "I"),
 * contractions ("I'm"), amounts and currencies ("US$", "5th").
 */
final class CandidateTokens {

    private CandidateTokens() {
    }

    static boolean canStartName(String token) {
        if (token.length() < TokenLengths.SHORTEST_NAME) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL) {
                return false;
            }
        }
        return !isContraction(token);
    }

    /** "I'm", "we're", "they've": an apostrophe followed by a contraction ending. */
    private static boolean isContraction(String token) {
        int apostrophe = Math.max(token.lastIndexOf('\''), token.lastIndexOf('’'));
        if (apostrophe <= 0) {
            return false;
        }
        String ending = token.substring(apostrophe + 1);
        return ending.equals("m") || ending.equals("re") || ending.equals("ve") || ending.equals("ll")
                || ending.equals("d") || ending.equals("t");
    }
}
