package org.newsatlas.extraction;

import java.util.Set;

/**
 * Weighs the evidence that a candidate span is a place name: the sum of the weights
 * ({@link RecognitionWeights}) of the rules that fire on it. The rules come in groups: the shape
 * of the span ({@link ShapeEvidence}), its words ({@link WordEvidence}), the words around it
 * ({@link NeighbourEvidence}), what the name finder said and how prominent the places of that name
 * are ({@link CandidatePlaces}).
 */
final class MentionEvidence {

    private final WordEvidence words;
    private final NeighbourEvidence neighbours;

    MentionEvidence(RecognitionSettings settings, WordList commonWords, WordList givenNames, PersonContext persons) {
        this.words = new WordEvidence(commonWords, givenNames);
        this.neighbours = new NeighbourEvidence(settings, persons);
    }

    /**
     * @param surnames keys of the names that stand as a surname somewhere in the document
     */
    double score(AnalyzedSentence sentence, SpanCandidate candidate, Set<String> surnames) {
        SpanInSentence span = new SpanInSentence(sentence, candidate);
        // one term at a time, in this order: the sum must not drift in its last bits, or a score
        // right at the threshold would change sides
        double score = ShapeEvidence.position(span);
        score += nameFinder(candidate);
        score += ShapeEvidence.partOfSpeech(span);
        score += NeighbourEvidence.locativeBefore(span);
        score += NeighbourEvidence.besideAnotherName(span);
        score += CandidatePlaces.prominence(candidate);
        score += ShapeEvidence.severalWords(span);
        score += ShapeEvidence.demonym(span);
        score += neighbours.personNameContext(span);
        score += NeighbourEvidence.diseaseWordAfter(span);
        score += NeighbourEvidence.streetWordAfter(span);
        score += neighbours.organisationWordAfter(span);
        score += WordEvidence.timeWord(span);
        score += ShapeEvidence.unknownAcronym(span);
        score += ShapeEvidence.dateline(span);
        score += WordEvidence.titleOrDescriptorAlone(span);
        score += words.commonWord(span);
        score += words.bareGivenName(span);
        score += words.allCommonWords(span);
        score += ShapeEvidence.hyphenatedName(span);
        score += NeighbourEvidence.surnameElsewhere(span, surnames);
        return score;
    }

    static double nameFinder(SpanCandidate candidate) {
        return candidate.namedByFinder() ? RecognitionWeights.NAME_FINDER : 0;
    }
}
