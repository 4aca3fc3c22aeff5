package org.newsatlas.geocoding;

import org.newsatlas.extraction.RecognitionWeights;

/**
 * Every weight and threshold of the resolution stage. A candidate's score is a sum of these
 * weights; the confidence is its softmax share.
 *
 * <p>Four values were chosen on the development sets (LGL, GeoVirus): {@link #PRIMARY_NAME_BONUS}
 * and {@link #COUNTRY_FOCUS}, each the best of a small grid, both kept their figures under 5-fold
 * cross-validation; and {@link #NAMED_DIVISION} and {@link #NAMED_COUNTY}, LGL's best of four and of
 * three, which GeoVirus scores the same at every value. "By hand" below means set by judgement and checked once or twice on
 * the development sets, never searched or cross-validated. Quoted commit subjects explain a value.
 */
final class ResolutionWeights {

    // Prominence: what the kind and size of a place say before the document is read.
    // Unless told otherwise set by hand in the first build ("Resolution by prominence, document
    // focus, qualifiers and proximity").

    /** Per tenfold population: a city of a million gains 2.1 over an empty place. By hand. */
    static final double POPULATION = 0.35;
    /** A sovereign country (PCLI, PCL) before any town of its name. By hand. */
    static final double COUNTRY_KIND = 3.5;
    /** A dependency, territory or former country (PCLD, PCLS, TERR, PCLH...). By hand. */
    static final double DEPENDENCY_KIND = 2.5;
    /** A state or province (ADM1, ADM1H). By hand. */
    static final double FIRST_ORDER_DIVISION_KIND = 2.0;
    /** A county or district (ADM2, ADM2H). By hand. */
    static final double SECOND_ORDER_DIVISION_KIND = 1.0;
    /** A zone or buffer zone (ZN, ZNB). By hand. */
    static final double ZONE_KIND = 1.5;
    /** Any other administrative feature (lower divisions). By hand. */
    static final double OTHER_ADMINISTRATIVE_KIND = 0.5;
    /**
     * A continent; GeoNames gives it no population, so the kind stands in for one. Raised by hand
     * from 3.5 in "Continents and regions outweigh towns named after them".
     */
    static final double CONTINENT_KIND = 6.0;
    /** A region (RGN, RGNE, RGNH); raised by hand from 2.0 in the same commit as continents. */
    static final double REGION_KIND = 3.0;
    /** Any other area (parks, reserves, plains). By hand. */
    static final double OTHER_AREA_KIND = 0.8;
    /**
     * A national capital (PPLC) before other towns of its name. Raised by hand from 2.3 in
     * "Recognition: common-word, title, direction, dateline and hyphenated-name evidence".
     */
    static final double CAPITAL_KIND = 2.6;
    /** The seat of a first-order division (PPLA). By hand. */
    static final double FIRST_ORDER_SEAT_KIND = 1.0;
    /** The seat of a second-order division (PPLA2). By hand. */
    static final double SECOND_ORDER_SEAT_KIND = 0.5;
    /** A seat of government that is not the capital (PPLG). By hand. */
    static final double SEAT_OF_GOVERNMENT_KIND = 0.8;
    /** A section of a city (PPLX): seldom what a bare name means. By hand. */
    static final double SECTION_OF_PLACE_KIND = -0.5;
    /** Any other populated place: the baseline the other kinds are measured against. */
    static final double PLAIN_TOWN_KIND = 0;
    /** A stream, lake, mountain or island (classes H and T). By hand. */
    static final double WATER_OR_TERRAIN_KIND = 1.0;
    /** A spot or building (class S). By hand. */
    static final double SPOT_KIND = 0.3;
    /** A feature of no class or an unknown class. */
    static final double UNKNOWN_KIND = 0;

    // The name and its own words.

    /**
     * The mention is the place's own name, not an alternate one. Raised from 0.6 in "A place's own
     * name outweighs a historic alternate name (Paris, Swainsboro)"; chosen on the development
     * sets from {0.6, 1.2, 1.8, 2.4}; kept under 5-fold cross-validation.
     */
    static final double PRIMARY_NAME_BONUS = 1.8;
    /** A following country that contains the candidate ("TRIPOLI, Libya"). By hand. */
    static final double COUNTRY_QUALIFIER = 3.0;
    /** A following state that contains the candidate ("Paris, Texas"); beats a country. By hand. */
    static final double FIRST_ORDER_DIVISION_QUALIFIER = 4.0;
    /** A following county that contains the candidate ("Columbus, Platte County"). By hand. */
    static final double SECOND_ORDER_DIVISION_QUALIFIER = 4.0;

    // The document's other names, as currently chosen (DocumentFocus).

    /** Mentions a country counts as, against one for any other place, in the document's focus. By hand. */
    static final double COUNTRY_MENTION_WEIGHT = 2.0;
    /**
     * Times the share of the other names that lie in the candidate's country. Raised from 2.0 in
     * "Country focus weighs more against prominence"; chosen on the development sets from
     * {2, 3, 4}; kept under 5-fold cross-validation.
     */
    static final double COUNTRY_FOCUS = 3.0;
    /** Another name's place lies in the candidate's state or province. By hand. */
    static final double SHARED_DIVISION = 1.0;
    /**
     * Times the share of the other names' weight in the candidate's state or province, when the
     * text names that division ("Dublin" in a story that names Ohio). Chosen on the development
     * sets from {1.5, 2.5, 3.5}, each corpus's choice checked on the other.
     */
    static final double NAMED_DIVISION = 2.5;
    /** Nearest other chosen place closer than this (km) earns {@link #NEAR_BONUS}. By hand. */
    static final double NEAR_KM = 50;
    /** Proximity bonus within {@link #NEAR_KM}. By hand. */
    static final double NEAR_BONUS = 1.5;
    /** Nearest other chosen place closer than this (km) earns {@link #REGIONAL_BONUS}. By hand. */
    static final double REGIONAL_KM = 200;
    /** Proximity bonus within {@link #REGIONAL_KM}. By hand. */
    static final double REGIONAL_BONUS = 1.0;
    /** Nearest other chosen place closer than this (km) earns {@link #DISTANT_BONUS}. By hand. */
    static final double DISTANT_KM = 500;
    /** Proximity bonus within {@link #DISTANT_KM}; beyond it none. By hand. */
    static final double DISTANT_BONUS = 0.4;
    /**
     * Most rounds of rescoring with the focus the previous round's choices reveal; rescoring stops
     * earlier once no choice moves. Was a fixed 2 rounds, which left a chain of three names
     * half-followed; 3 / 4 / 6 rounds gave LGL end to end 0.7580 / 0.7577 / 0.7577 and GeoVirus
     * 0.7603 at each: the choices settle by the fourth round.
     */
    static final int MAX_CONTEXT_ROUNDS = 6;

    // Co-location: every reading of the other names, not only their choice (CoLocation).
    // Added in "Co-location: a candidate near possible readings of the document's other names
    // gains support", after the cross-validation.

    /** A reading of another name within this distance (km) supports the candidate. By hand. */
    static final double CO_LOCATION_KM = 100;
    /** Most co-location support a candidate can gather: two names with one reading each. By hand. */
    static final double MAX_CO_LOCATION_SUPPORT = 2.0;
    /**
     * Weight of co-location support in the score. By hand; 2.0 was tried as well (end-to-end F1
     * LGL .730, GeoVirus .774); not cross-validated.
     */
    static final double CO_LOCATION_WEIGHT = 1.0;
    /**
     * The candidate lies in a county another name of the document spells out in full ("Athens"
     * beside "Henderson County"): half a qualifier's weight, as the county stands apart from the
     * name. Set by hand; at 1.0 / 2.0 / 3.0 LGL end to end 0.7656 / 0.7676 / 0.7671, GeoVirus
     * 0.7624 at each.
     */
    static final double NAMED_COUNTY = 2.0;
    /**
     * A state or province listed beside another of its country ("Utah, Washington and
     * Wisconsin"): members of a list are places of one kind. Set by hand to the weight of a shared
     * division; 1.0 / 1.5 / 2.5 gave the same figures on both development sets.
     */
    static final double LISTED_DIVISION = 1.0;
    /**
     * The candidate is of the kind the words beside the name say ("the state of Washington", "the
     * city of Sao Paulo", "Warren counties"). Set by hand: 1.5 and 3.0 gave the same figures on both
     * development sets, 4.5 cost LGL; the smaller leaves other evidence its say.
     */
    static final double KIND_WORD = 1.5;
    /**
     * Co-location support a doubtful name (recognition evidence just short of its threshold)
     * needs to be kept: one other name with a single nearby reading. By hand in "Doubtful names
     * join when the document vouches for them", with recognition's doubt margin 1.0; not
     * cross-validated.
     */
    static final double DOUBTFUL_SUPPORT = 1.0;

    // Choosing and reporting.

    /** Most prominent candidates of a name that are scored; the rest are too obscure. By hand. */
    static final int MAX_CANDIDATES = 60;
    /** Spread of the softmax that turns scores into a confidence. By hand, never varied. */
    static final double TEMPERATURE = 1.0;
    /**
     * A town and a district of its name closer than this (km) are one place, the town preferred.
     * By hand in "A town wins over its district of the same name".
     */
    static final double TOWN_DISTRICT_KM = 30;
    /**
     * Candidates closer than this (km) to the chosen one count towards its confidence. By hand in
     * "confidence counts candidates at the same point".
     */
    static final double SAME_POINT_KM = 30;

    // Second thoughts on stray villages (Plausibility). By hand in "Drop weakly recognised
    // villages in countries nothing else in the document is in".

    /**
     * Recognition evidence at which a name stands on its own, stray or not: what the name finder
     * and a position inside a sentence give together (2.5). By hand.
     */
    static final double CONFIDENT_RECOGNITION = RecognitionWeights.NAME_FINDER + RecognitionWeights.NOT_OPENING_SENTENCE;
    /** Population from which a town called by its own name is never stray. By hand. */
    static final long SMALL_PLACE = 20_000;
    /** Names a document needs before its other countries can make one look stray. By hand. */
    static final int CONTEXT_GROUPS = 3;

    private ResolutionWeights() {
    }
}
