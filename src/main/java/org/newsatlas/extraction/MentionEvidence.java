package org.newsatlas.extraction;

import static org.newsatlas.extraction.RecognitionFeature.firedAmong;

/**
 * Weighs the evidence that a candidate span is a place name. The rules come in groups: the shape
 * of the span ({@link ShapeEvidence}), its words ({@link WordEvidence}), the words around it
 * ({@link NeighbourEvidence}), what the name finder said and how prominent the places of that name
 * are ({@link CandidatePlaces}). Which of them fired is the span's feature vector
 * ({@link RecognitionFeature}); the model in the settings turns it into a score: the hand-set
 * weights ({@link RecognitionWeights}) sum the weights of the rules that fire, a learned model
 * weighs the same features.
 */
final class MentionEvidence {

    private final WordEvidence words;
    private final NeighbourEvidence neighbours;
    private final RecognitionModel model;

    MentionEvidence(RecognitionSettings settings, WordList commonWords, WordList givenNames, PersonContext persons) {
        this.words = new WordEvidence(commonWords, givenNames);
        this.neighbours = new NeighbourEvidence(settings, persons);
        this.model = settings.model();
    }

    double score(AnalyzedSentence sentence, SpanCandidate candidate, DocumentEvidence document) {
        return model.score(features(sentence, candidate, document));
    }

    /** 1 for each feature that fired on the span, 0 for the others, in {@link RecognitionFeature} order. */
    double[] features(AnalyzedSentence sentence, SpanCandidate candidate, DocumentEvidence document) {
        SpanInSentence span = new SpanInSentence(sentence, candidate);
        double[] fired = new double[RecognitionFeature.values().length];
        mark(fired, firedAmong(ShapeEvidence.position(span), RecognitionFeature.NOT_OPENING_SENTENCE));
        mark(fired, firedAmong(nameFinder(candidate), RecognitionFeature.NAME_FINDER));
        mark(fired, firedAmong(ShapeEvidence.partOfSpeech(span),
                RecognitionFeature.PROPER_NOUN, RecognitionFeature.OPENS_SENTENCE_NOT_PROPER_NOUN));
        mark(fired, firedAmong(NeighbourEvidence.locativeBefore(span), RecognitionFeature.LOCATIVE_BEFORE));
        mark(fired, firedAmong(NeighbourEvidence.besideAnotherName(span), RecognitionFeature.BESIDE_ANOTHER_NAME));
        mark(fired, firedAmong(CandidatePlaces.prominence(candidate),
                RecognitionFeature.MAJOR_PLACE, RecognitionFeature.CITY, RecognitionFeature.TOWN));
        mark(fired, firedAmong(ShapeEvidence.severalWords(span), RecognitionFeature.SEVERAL_WORDS));
        mark(fired, firedAmong(ShapeEvidence.demonym(span),
                RecognitionFeature.DEMONYM, RecognitionFeature.DEMONYM_INSIDE_NAME));
        mark(fired, firedAmong(neighbours.personNameContext(span), RecognitionFeature.PERSON_NAME_CONTEXT));
        mark(fired, firedAmong(NeighbourEvidence.diseaseName(span, document.pathogens()),
                RecognitionFeature.DISEASE_WORD_AFTER));
        mark(fired, firedAmong(NeighbourEvidence.streetWordAfter(span), RecognitionFeature.STREET_WORD_AFTER));
        mark(fired, firedAmong(neighbours.organisationWordAfter(span), RecognitionFeature.ORGANISATION_WORD_AFTER));
        mark(fired, firedAmong(WordEvidence.timeWord(span),
                RecognitionFeature.TIME_WORD, RecognitionFeature.TIME_WORD_NAMED_BY_FINDER));
        mark(fired, firedAmong(ShapeEvidence.unknownAcronym(span), RecognitionFeature.UNKNOWN_ACRONYM));
        mark(fired, firedAmong(ShapeEvidence.dateline(span), RecognitionFeature.DATELINE));
        mark(fired, firedAmong(WordEvidence.titleOrDescriptorAlone(span), RecognitionFeature.TITLE_OR_DESCRIPTOR_ALONE));
        mark(fired, firedAmong(words.commonWord(span),
                RecognitionFeature.COMMON_WORD, RecognitionFeature.COMMON_WORD_NAMED_BY_FINDER));
        mark(fired, firedAmong(words.bareGivenName(span), RecognitionFeature.BARE_GIVEN_NAME));
        mark(fired, firedAmong(words.allCommonWords(span), RecognitionFeature.ALL_COMMON_WORDS));
        mark(fired, firedAmong(ShapeEvidence.hyphenatedName(span), RecognitionFeature.HYPHENATED_NAME));
        mark(fired, firedAmong(NeighbourEvidence.surnameElsewhere(span, document.surnames()),
                RecognitionFeature.SURNAME_ELSEWHERE, RecognitionFeature.SURNAME_ELSEWHERE_NAMED_BY_FINDER));
        mark(fired, firedAmong(WordEvidence.organisationWordInName(span), RecognitionFeature.ORGANISATION_WORD_IN_NAME));
        mark(fired, firedAmong(neighbours.givenNameBeforeSurname(span), RecognitionFeature.GIVEN_NAME_BEFORE_SURNAME));
        mark(fired, firedAmong(ShapeEvidence.adjectiveBeforeNoun(span), RecognitionFeature.ADJECTIVE_BEFORE_NOUN));
        mark(fired, firedAmong(CandidatePlaces.smallPlacesOnly(candidate), RecognitionFeature.SMALL_PLACES_ONLY));
        mark(fired, firedAmong(NeighbourEvidence.placeKindAfter(span), RecognitionFeature.PLACE_KIND_AFTER));
        mark(fired, firedAmong(ShapeEvidence.ampersandName(span), RecognitionFeature.AMPERSAND_NAME));
        mark(fired, firedAmong(ShapeEvidence.capitalisedElsewhere(span, document.casing()),
                RecognitionFeature.CAPITALISED_ELSEWHERE));
        mark(fired, firedAmong(NeighbourEvidence.speaker(span), RecognitionFeature.SPEAKER));
        mark(fired, firedAmong(NeighbourEvidence.partyAndHome(span), RecognitionFeature.PARTY_AND_HOME));
        mark(fired, firedAmong(NeighbourEvidence.newspaperTitle(span), RecognitionFeature.NEWSPAPER_TITLE));
        mark(fired, firedAmong(NeighbourEvidence.modelYear(span, document.products()), RecognitionFeature.MODEL_YEAR));
        return fired;
    }

    static double nameFinder(SpanCandidate candidate) {
        return candidate.namedByFinder() ? RecognitionWeights.NAME_FINDER : 0;
    }

    private static void mark(double[] fired, RecognitionFeature feature) {
        if (feature != null) {
            fired[feature.ordinal()] = 1;
        }
    }
}
