package org.newsatlas.extraction;

/**
 * The named pieces of recognition evidence, one per outcome of a rule, each with its hand-set
 * weight from {@link RecognitionWeights}. A candidate span is described by which of them fired (1)
 * and which did not (0); the hand-set score is the sum of the weights of those that fired, and a
 * learned {@link RecognitionModel} weighs the same features. The order is the order in which
 * {@link MentionEvidence} adds them up, so that the hand-set sum keeps its last bits.
 */
public enum RecognitionFeature {
    NOT_OPENING_SENTENCE(RecognitionWeights.NOT_OPENING_SENTENCE),
    NAME_FINDER(RecognitionWeights.NAME_FINDER),
    PROPER_NOUN(RecognitionWeights.PROPER_NOUN),
    OPENS_SENTENCE_NOT_PROPER_NOUN(RecognitionWeights.OPENS_SENTENCE_NOT_PROPER_NOUN),
    LOCATIVE_BEFORE(NeighbourWeights.LOCATIVE_BEFORE),
    BESIDE_ANOTHER_NAME(NeighbourWeights.BESIDE_ANOTHER_NAME),
    MAJOR_PLACE(RecognitionWeights.MAJOR_PLACE),
    CITY(RecognitionWeights.CITY),
    TOWN(RecognitionWeights.TOWN),
    SEVERAL_WORDS(RecognitionWeights.SEVERAL_WORDS),
    DEMONYM(RecognitionWeights.DEMONYM),
    DEMONYM_INSIDE_NAME(RecognitionWeights.DEMONYM_INSIDE_NAME),
    PERSON_NAME_CONTEXT(NeighbourWeights.PERSON_NAME_CONTEXT),
    DISEASE_WORD_AFTER(NeighbourWeights.DISEASE_WORD_AFTER),
    STREET_WORD_AFTER(NeighbourWeights.STREET_WORD_AFTER),
    ORGANISATION_WORD_AFTER(NeighbourWeights.ORGANISATION_WORD_AFTER),
    TIME_WORD(RecognitionWeights.TIME_WORD),
    TIME_WORD_NAMED_BY_FINDER(RecognitionWeights.TIME_WORD_NAMED_BY_FINDER),
    UNKNOWN_ACRONYM(RecognitionWeights.UNKNOWN_ACRONYM),
    DATELINE(RecognitionWeights.DATELINE),
    TITLE_OR_DESCRIPTOR_ALONE(RecognitionWeights.TITLE_OR_DESCRIPTOR_ALONE),
    COMMON_WORD(RecognitionWeights.COMMON_WORD),
    COMMON_WORD_NAMED_BY_FINDER(RecognitionWeights.COMMON_WORD_NAMED_BY_FINDER),
    BARE_GIVEN_NAME(RecognitionWeights.BARE_GIVEN_NAME),
    ALL_COMMON_WORDS(RecognitionWeights.ALL_COMMON_WORDS),
    HYPHENATED_NAME(RecognitionWeights.HYPHENATED_NAME),
    SURNAME_ELSEWHERE(NeighbourWeights.SURNAME_ELSEWHERE),
    SURNAME_ELSEWHERE_NAMED_BY_FINDER(NeighbourWeights.SURNAME_ELSEWHERE_NAMED_BY_FINDER),
    ORGANISATION_WORD_IN_NAME(RecognitionWeights.ORGANISATION_WORD_IN_NAME),
    GIVEN_NAME_BEFORE_SURNAME(NeighbourWeights.GIVEN_NAME_BEFORE_SURNAME),
    ADJECTIVE_BEFORE_NOUN(RecognitionWeights.ADJECTIVE_BEFORE_NOUN),
    SMALL_PLACES_ONLY(RecognitionWeights.SMALL_PLACES_ONLY),
    PLACE_KIND_AFTER(NeighbourWeights.PLACE_KIND_AFTER),
    AMPERSAND_NAME(RecognitionWeights.AMPERSAND_NAME),
    CAPITALISED_ELSEWHERE(RecognitionWeights.CAPITALISED_ELSEWHERE),
    SPEAKER(NeighbourWeights.SPEAKER),
    PARTY_AND_HOME(NeighbourWeights.PARTY_AND_HOME),
    NEWSPAPER_TITLE(NeighbourWeights.NEWSPAPER_TITLE),
    MODEL_YEAR(NeighbourWeights.MODEL_YEAR);

    private final double handSetWeight;

    RecognitionFeature(double handSetWeight) {
        this.handSetWeight = handSetWeight;
    }

    public double handSetWeight() {
        return handSetWeight;
    }

    /**
     * The outcome among {@code outcomes} whose weight a rule returned, or null for 0 (the rule did
     * not fire). The outcomes of one rule have distinct weights, so the weight names the outcome.
     */
    static RecognitionFeature firedAmong(double weight, RecognitionFeature... outcomes) {
        if (weight == 0) {
            return null;
        }
        for (RecognitionFeature outcome : outcomes) {
            if (outcome.handSetWeight == weight) {
                return outcome;
            }
        }
        throw new IllegalStateException("no outcome weighs " + weight);
    }
}
