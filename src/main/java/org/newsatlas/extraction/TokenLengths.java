package org.newsatlas.extraction;

/**
 * The token lengths the recognition rules go by: lengths, not weights, so apart from
 * {@link RecognitionWeights}; each says how it was chosen.
 */
final class TokenLengths {

    private TokenLengths() {
    }

    /** A single letter ("A", "I", the initial "J") is never a name, a place's nor a person's. */
    static final int SHORTEST_NAME = 2;

    /** The longest all-capitals word taken for an acronym ("NATO"); longer ones are shouted words. */
    static final int LONGEST_ACRONYM = 4;

    /** The shortest all-capitals word that opens a dateline ("ROME, Italy"). Set by hand. */
    static final int SHORTEST_DATELINE = 3;

    /**
     * The shortest all-capitals word that counts as a common word ("MAN"); two capitals are a code
     * ("US", "IT"). Set in "Common words in capitals are common words too".
     */
    static final int SHORTEST_COMMON_WORD_IN_CAPITALS = 3;

    /**
     * How many capitalised words after a name may hold a newspaper's masthead word: "The Moscow
     * Times", "Lansing State Journal". Set by hand: a title rarely puts more between the two.
     */
    static final int MASTHEAD_REACH = 2;

    /** The shortest word read as a plural demonym ("Libyans"); "Laos" is no plural of "Lao". Set by hand. */
    static final int SHORTEST_PLURAL_DEMONYM = 5;

    /**
     * The most words of a demonym the spotter looks for: "Turks and Caicos Islander", the longest in
     * the bundled list but one of five words that no news writes.
     */
    static final int LONGEST_DEMONYM_WORDS = 4;
}
