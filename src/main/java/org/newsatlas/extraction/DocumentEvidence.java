package org.newsatlas.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the whole document says about its candidate names, gathered once before each span is
 * weighed.
 *
 * @param surnames keys of the names that stand as a surname somewhere in the document ("Mark Esper"),
 *                 or speak there and are no city ("Robertson said")
 * @param casing    the words the document writes capitalised inside a sentence
 * @param pathogens keys of the names that a disease word follows somewhere in the document ("West
 *                  Nile virus"): the same name elsewhere ("West Nile cases") is the disease's
 * @param products  keys of the names that a model year goes before somewhere in the document ("a
 *                  1995 Honda Accord"): the same name elsewhere ("the Honda's driver") is the make
 */
record DocumentEvidence(Set<String> surnames, DocumentCasing casing, Set<String> pathogens, Set<String> products) {

    DocumentEvidence(Set<String> surnames, DocumentCasing casing) {
        this(surnames, casing, Set.of(), Set.of());
    }

    /** Gathered from the document's sentences, as split and as tagged, and every candidate name in them. */
    static DocumentEvidence of(PersonContext persons, List<AnalyzedSentence> sentences, List<AnalyzedSentence> tagged,
            List<SpanCandidate> candidates) {
        if (candidates.isEmpty()) {
            return none();
        }
        Set<String> pathogens = keysWhere(sentences, candidates, span -> NeighbourEvidence.diseaseWordAfter(span) != 0);
        Set<String> products = keysWhere(tagged, candidates,
                span -> ModelYears.followsModelYear(span.sentence(), span.candidate()));
        return new DocumentEvidence(persons.surnames(tagged, candidates), DocumentCasing.of(sentences), pathogens,
                products);
    }

    /** The keys of the candidates for which the test holds in their sentence. */
    private static Set<String> keysWhere(List<AnalyzedSentence> sentences, List<SpanCandidate> candidates,
            Predicate<SpanInSentence> test) {
        Set<String> keys = new HashSet<>();
        for (SpanCandidate candidate : candidates) {
            if (test.test(new SpanInSentence(sentences.get(candidate.sentenceIndex()), candidate))) {
                keys.add(candidate.key());
            }
        }
        return keys;
    }

    /** A sentence weighed alone. */
    static DocumentEvidence none() {
        return new DocumentEvidence(Set.of(), DocumentCasing.NONE);
    }

    static DocumentEvidence surnames(Set<String> surnames) {
        return new DocumentEvidence(surnames, DocumentCasing.NONE);
    }
}
