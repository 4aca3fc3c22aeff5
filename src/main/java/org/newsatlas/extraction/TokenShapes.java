package org.newsatlas.extraction;

import static org.newsatlas.extraction.TokenLengths.LONGEST_ACRONYM;
import static org.newsatlas.extraction.TokenLengths.SHORTEST_DATELINE;
import static org.newsatlas.extraction.TokenLengths.SHORTEST_NAME;

import java.util.Set;

/** The shape of a candidate and its neighbours: capitals, hyphens, datelines. */
final class TokenShapes {

    /**
     * What follows the place of a dateline: a comma, an agency in brackets, a colon ("BEIRUT:", as
     * South Asian and Arab papers write it) or a dash, also typed as two hyphens ("COLUMBUS --") or
     * left as the control character a Windows-1252 em dash becomes when read as Latin-1.
     */
    private static final Set<String> DATELINE_ENDS = Set.of(",", "(", ":", "-", "--", "—", "–", "\u0097");

    /** Republican, Democrat, Independent: a party's initial and hyphen, one token ({@link TokenSplitter}). */
    static final Set<String> PARTY_INITIALS = Set.of("R-", "D-", "I-");

    /** What stands before a legislator's party and home: "Humason, R-Westfield", "Harkin (D-Iowa)". */
    private static final Set<String> AFTER_PARTY_OPENS = Set.of(",", "(");

    private TokenShapes() {
    }

    /** "TRIPOLI, Libya -" or "CHARLESTON (AP) -": an all-caps place opening a report. */
    static boolean isDateline(AnalyzedSentence sentence, SpanCandidate candidate) {
        if (candidate.fromToken() != 0 || candidate.toToken() >= sentence.size()) {
            return false;
        }
        String first = sentence.token(candidate.fromToken()).text();
        String next = sentence.token(candidate.toToken()).text();
        return isAllCaps(first) && first.length() >= SHORTEST_DATELINE && DATELINE_ENDS.contains(next);
    }

    /** "Wal-Mart", "Coca-Cola": a name glued by a hyphen to another capitalised word. */
    static boolean isPartOfHyphenatedName(AnalyzedSentence sentence, SpanCandidate candidate) {
        int from = candidate.fromToken();
        int to = candidate.toToken();
        // "Arab-Israeli" may come as "Arab-" and "Israeli": the hyphen is then inside the span's token
        if (to < sentence.size() && sentence.token(to - 1).text().endsWith("-")
                && sentence.token(to - 1).end() == sentence.token(to).start() && sentence.token(to).isCapitalized()) {
            return true;
        }
        if (from >= 2 && isGluedHyphen(sentence, from - 1) && sentence.token(from - 2).isCapitalized()
                && sentence.token(from - 2).end() == sentence.token(from - 1).start()) {
            return true;
        }
        return to + 1 < sentence.size() && isGluedHyphen(sentence, to) && sentence.token(to + 1).isCapitalized()
                && sentence.token(to).end() == sentence.token(to + 1).start();
    }

    /**
     * "Humason, R-Westfield," or "Harkin (D-Iowa)": a party initial (Republican, Democrat,
     * Independent) glued by a hyphen to the name, after a comma or an opening bracket, as news
     * writes a legislator's party and home. Not "T-Mobile" or "X-Men": no party, no comma.
     */
    static boolean isPartyAndHome(AnalyzedSentence sentence, SpanCandidate candidate) {
        return isPartyAndHome(sentence, candidate.fromToken());
    }

    /** As {@link #isPartyAndHome(AnalyzedSentence, SpanCandidate)}, for a name from token {@code from} on. */
    static boolean isPartyAndHome(AnalyzedSentence sentence, int from) {
        if (from < 2 || !PARTY_INITIALS.contains(sentence.token(from - 1).text())
                || sentence.token(from - 1).end() != sentence.token(from).start()) {
            return false;
        }
        return AFTER_PARTY_OPENS.contains(sentence.token(from - 2).text());
    }

    /**
     * "Stevens & Wilkinson", "McPherson & Jacobsen LLC": a name joined by an ampersand to another
     * capitalised word names a firm. A major place so joined stays a place ("Trinidad & Tobago").
     */
    static boolean isJoinedByAmpersand(AnalyzedSentence sentence, SpanCandidate candidate) {
        if (CandidatePlaces.isMajorPlace(candidate)) {
            return false;
        }
        int from = candidate.fromToken();
        int to = candidate.toToken();
        boolean before = from >= 2 && "&".equals(sentence.token(from - 1).text())
                && isCapitalisedWord(sentence.token(from - 2).text());
        boolean after = to + 1 < sentence.size() && "&".equals(sentence.token(to).text())
                && isCapitalisedWord(sentence.token(to + 1).text());
        return before || after;
    }

    static boolean isGluedHyphen(AnalyzedSentence sentence, int index) {
        AnalyzedSentence.Token token = sentence.token(index);
        if (!token.text().equals("-")) {
            return false;
        }
        boolean gluedLeft = index > 0 && sentence.token(index - 1).end() == token.start();
        boolean gluedRight = index + 1 < sentence.size() && sentence.token(index + 1).start() == token.end();
        return gluedLeft && gluedRight;
    }

    /** "NBC", "FEMA": a short word in capitals that is no major place and that the name finder did not mark. */
    static boolean isUnknownAcronym(AnalyzedSentence sentence, SpanCandidate candidate) {
        if (candidate.length() != 1 || candidate.namedByFinder() || CandidatePlaces.isMajorPlace(candidate)) {
            return false;
        }
        String text = sentence.token(candidate.fromToken()).text();
        return text.length() >= SHORTEST_NAME && text.length() <= LONGEST_ACRONYM && isAllCaps(text);
    }

    /** No lower-case letter and at least one letter: "NATO", "U.S.", but not "1990". */
    /** A word that starts with a capital letter ("Farm", "Meteorology"), not punctuation or a digit. */
    static boolean isCapitalisedWord(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    static boolean isAllCaps(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}
