package org.newsatlas.extraction;

/**
 * The weights of the words around a span ({@link NeighbourEvidence}): a locative word before it, a
 * kind of place, street, organisation or disease word after it, and the signs of a person's name.
 * Added to the span's other evidence and compared with {@link RecognitionWeights#DEFAULT_THRESHOLD}
 * like every weight of {@link RecognitionWeights}. None was fitted; where a commit explains a value,
 * its subject is quoted.
 */
public final class NeighbourWeights {

    private NeighbourWeights() {
    }

    /** A locative word right before the span: "in Tunis", "near Sirte". Set by hand. */
    public static final double LOCATIVE_BEFORE = 1.0;

    /**
     * A lower-case kind of place after the span or its listed neighbour: "the Cacuaco district",
     * "Etoumbi and Mbomo districts". As strong as {@link #LOCATIVE_BEFORE}; 0.5 and 1.5 tried (README).
     */
    public static final double PLACE_KIND_AFTER = 1.0;

    /** A comma joins the span to another capitalised word: "Alexandria, La.". Set by hand. */
    public static final double BESIDE_ANOTHER_NAME = 0.5;

    /**
     * A title or a given name before the span ("President Saied", "Mark Esper"), a surname after
     * a one-word span ("Jordan Henderson") or the office its bearer leads after it ("the Obama
     * administration"): a person. Set by hand.
     */
    public static final double PERSON_NAME_CONTEXT = -3.0;

    /**
     * The same name is a surname elsewhere in the document, or a speaker that no city bears ("Robertson
     * said"), and the name finder did not mark this span ("Mark Esper ... Later Esper met"). Set by hand ("Only a title or a given name before a
     * name marks it as a person for the whole document").
     */
    public static final double SURNAME_ELSEWHERE = -2.0;

    /**
     * A disease word after the span: "West Nile virus". Set by hand at -3.0 ("A name followed by
     * virus, fever or flu names a pathogen, not a place"), raised to -5.0 together with the test that
     * West Nile virus and Lassa fever are no places ("Recognition rules tested one by one"). Fires
     * too on a name a disease word follows elsewhere in the document ("West Nile cases").
     */
    public static final double DISEASE_WORD_AFTER = -5.0;

    /** A capitalised street word after the span: "Dublin Road", "Main St.". Set by hand. */
    public static final double STREET_WORD_AFTER = -4.0;

    /**
     * A capitalised organisation word after the span ("Mansfield Police"), counted only when places
     * inside organisation names are not wanted. Set by hand.
     */
    public static final double ORGANISATION_WORD_AFTER = -3.0;

    /**
     * A known given name before a surname ("Carolina Tohá"), on top of {@link #PERSON_NAME_CONTEXT}:
     * the name finder's mark and a major place of that name then no longer outweigh it. Set by hand.
     */
    public static final double GIVEN_NAME_BEFORE_SURNAME = -1.5;

    /**
     * One name that is no major place right before a verb of saying: "Wagner said". Its speaker,
     * a person. Set by hand at -1.0 (-2.0 tried, see the README), so a name with the name finder's
     * mark or a locative word still passes.
     */
    public static final double SPEAKER = -1.0;

    /**
     * A politician's party initial glued by a hyphen to the name, after a comma or a bracket:
     * "Rep. Donald Humason, R-Westfield," reads "Republican from Westfield". As strong as {@link
     * #LOCATIVE_BEFORE}, for which the hyphen stands; set by hand.
     */
    public static final double PARTY_AND_HOME = 1.0;

    /**
     * A newspaper's masthead word among the capitalised words after the name: "The Moscow Times",
     * "China Daily". The title cites a source, not a place the story is about; a veto like {@link
     * #DISEASE_WORD_AFTER}, since the name finder marks the capital of such a title. Set by hand.
     */
    public static final double NEWSPAPER_TITLE = -5.0;

    /**
     * As {@link #SURNAME_ELSEWHERE}, where the name finder marked this span and the name is no major
     * place ("Ashley L. Evans ... Lewis advised Evans"): the finder sees one sentence, the document
     * shows the person. Set by hand to outweigh the finder's mark ({@link RecognitionWeights#NAME_FINDER}).
     */
    public static final double SURNAME_ELSEWHERE_NAMED_BY_FINDER = -3.0;

    /**
     * A model year between a determiner and the name, here or before the same name elsewhere in the
     * document: "a 1995 Honda Accord", "the Toyota failed to yield". A car's make or a product's
     * name, not a place; set by hand to outweigh a town's or a city's prominence with the marks of
     * a proper noun.
     */
    public static final double MODEL_YEAR = -3.0;
}
