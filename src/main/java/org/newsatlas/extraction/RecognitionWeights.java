package org.newsatlas.extraction;

/**
 * Every weight and threshold of recognition but those of the words around a span, which are in
 * {@link NeighbourWeights}. A candidate span's evidence score is the sum of the weights of the rules
 * that fire on it ({@link MentionEvidence}); the span counts as a place name when the sum reaches
 * the threshold. A positive weight speaks for a place, a negative one against.
 *
 * <p>None of these was fitted: all were set by hand, rule by rule, and checked on the development
 * corpora (LGL and GeoVirus, see the README). Where a commit explains a value, its subject is
 * quoted.
 */
public final class RecognitionWeights {

    private RecognitionWeights() {
    }

    /**
     * Evidence a span needs to count as a place name unless configured otherwise
     * ({@code newsatlas.geoparser.recognition-threshold}). Set by hand with the first weights.
     */
    public static final double DEFAULT_THRESHOLD = 1.0;

    /**
     * How far short of the threshold a span may fall and still be doubtful rather than rejected: the
     * document may vouch for it at resolution. Set by hand ("Doubtful names join when the document
     * vouches for them").
     */
    public static final double DOUBT_MARGIN = 1.0;

    // Evidence for a place

    /**
     * The span does not open its sentence, or is a demonym: the capital letter is then the writer's
     * choice, not the grammar's. Set by hand; demonyms keep it at the start of a sentence since
     * "Recognition rules tested one by one; demonyms may open a sentence".
     */
    public static final double NOT_OPENING_SENTENCE = 0.5;

    /**
     * The OpenNLP location name finder marked the span. Set by hand as the strongest single piece of
     * evidence: with {@link #NOT_OPENING_SENTENCE} it passes the threshold alone. Resolution calls a
     * mention confidently recognised from these two together (its {@code CONFIDENT_RECOGNITION}, 2.5).
     */
    public static final double NAME_FINDER = 2.0;

    /** Every capitalised token of the span is tagged a proper noun. Set by hand. */
    public static final double PROPER_NOUN = 0.7;

    /** The span has more than one word: a long name is rarely a common word. Set by hand. */
    public static final double SEVERAL_WORDS = 0.3;

    /** A demonym standing free: "Libyan forces". Set by hand. */
    public static final double DEMONYM = 0.5;

    /**
     * An all-capitals name opening a report before a comma, bracket or dash: "BEIRUT, Lebanon -".
     * Set by hand ("Recognition: common-word, title, direction, dateline and hyphenated-name evidence").
     */
    public static final double DATELINE = 1.5;

    /**
     * A span opening its sentence that the tagger reads as no proper noun ({@link
     * #OPENS_SENTENCE_NOT_PROPER_NOUN}), whose first word the document writes capitalised after a
     * lower-case word elsewhere ("... in Athens"): that doubt and the missing {@link
     * #NOT_OPENING_SENTENCE} both undone. Set by hand as their sum.
     */
    public static final double CAPITALISED_ELSEWHERE = 2.0;

    // How prominent the places of that name are (CandidatePlaces)

    /**
     * A country, continent, region or populous first-order division has that name. Set by hand with
     * the first weights.
     */
    public static final double MAJOR_PLACE = 1.0;

    /** The most populous place of that name has at least {@link #CITY_POPULATION}. Set by hand. */
    public static final double CITY = 0.8;

    /** The most populous place of that name has at least {@link #TOWN_POPULATION}. Set by hand. */
    public static final double TOWN = 0.4;

    /** Population from which a place counts as a city. Set by hand, a round figure. */
    public static final long CITY_POPULATION = 100_000;

    /** Population from which a place counts as a town. Set by hand, a round figure. */
    public static final long TOWN_POPULATION = 10_000;

    /**
     * Population from which a first-order division is a major place; a sheading of the Isle of Man
     * named "Michael" is none. Set by hand ("Only populous first-order divisions shield a name from
     * the given-name rule").
     */
    public static final long LARGE_DIVISION_POPULATION = 100_000;

    /**
     * Every place of that name is small (no major place, none of {@link #TOWN_POPULATION}): a bare
     * proper noun inside a sentence (+1.2) then needs the name finder or context. Chosen from -0.3,
     * -0.5, -0.8 on LGL; held on GeoVirus (README, "Accuracy and speed").
     */
    public static final double SMALL_PLACES_ONLY = -0.5;

    // Evidence against a place: the shape of the span

    /**
     * The span opens its sentence, is no proper noun and the name finder did not mark it: likely a
     * capitalised common word. Set by hand. Not for a {@link #DATELINE} ("SPRINGFIELD -"), whose
     * capitals are no proper noun to the tagger: it turned down 36 of LGL's 90, all gold.
     */
    public static final double OPENS_SENTENCE_NOT_PROPER_NOUN = -1.5;

    /**
     * A demonym inside a longer name: "African Union", "North African Cemetery". Set by hand ("...; a
     * demonym inside a longer name is weak evidence").
     */
    public static final double DEMONYM_INSIDE_NAME = -1.5;

    /** A short all-capitals word that is no major place: "NBC", "FEMA". Set by hand. */
    public static final double UNKNOWN_ACRONYM = -1.5;

    /**
     * The name is glued by a hyphen to another capitalised word: "Wal-Mart"; not when the two name
     * two places ("Fargo-Moorhead", {@link HyphenatedPlaces}). Set by hand.
     */
    public static final double HYPHENATED_NAME = -3.0;

    /** Joined by "&" to another capitalised word, a firm: "Stevens & Wilkinson". As {@link #HYPHENATED_NAME}. */
    public static final double AMPERSAND_NAME = -3.0;

    // Evidence against a place: what the word is

    /**
     * A one-word span that is a person title, a place descriptor or "Saint" ("Chief", "North",
     * "St."): as good as a veto. Set by hand.
     */
    public static final double TITLE_OR_DESCRIPTOR_ALONE = -5.0;

    /**
     * A one-word span that is a frequent English word ("Council"), unmarked by the name finder. Set
     * by hand; all-capitals words count since "Common words in capitals are common words too (MAN
     * is not the Isle of Man)".
     */
    public static final double COMMON_WORD = -1.2;

    /** As {@link #COMMON_WORD}, but the name finder marked the span: a light doubt. Set by hand. */
    public static final double COMMON_WORD_NAMED_BY_FINDER = -0.3;

    /** Several words that are all frequent English words ("New Market"), or such a demonym. Set by hand. */
    public static final double ALL_COMMON_WORDS = -0.5;

    /**
     * A one-word span that is an English given name ("Mary"), unmarked by the name finder, no
     * country or continent, after no locative word. Set by hand ("A bare given name needs more
     * evidence to be a place").
     */
    public static final double BARE_GIVEN_NAME = -1.0;

    /**
     * A one-word span that is a month, a weekday or a holiday ("May", "Passover"), or a name before
     * a capitalised "Day" ("St. Patrick's Day", "Columbus Day"). Set by hand.
     */
    public static final double TIME_WORD = -3.0;

    /** As {@link #TIME_WORD}, but the name finder marked the span. Set by hand. */
    public static final double TIME_WORD_NAMED_BY_FINDER = -2.0;

    // Evidence against a place, added for the false places users saw (issue 12)

    /**
     * A one-word span that is itself an organisation word, standing inside a longer capitalised name:
     * "Bureau of Meteorology", "Farm Bureau Federation" (not Bureau County). Set by hand, as strong
     * as {@link NeighbourWeights#ORGANISATION_WORD_AFTER}.
     */
    public static final double ORGANISATION_WORD_IN_NAME = -3.0;

    /**
     * A one-word span tagged an adjective before a lower-case word: "Arab countries" (not Arab, Alabama);
     * "Texas officials" is tagged a proper noun. Set by hand, enough to undo the name finder's mark.
     */
    public static final double ADJECTIVE_BEFORE_NOUN = -2.0;
}
