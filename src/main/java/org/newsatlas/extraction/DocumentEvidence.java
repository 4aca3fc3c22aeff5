package org.newsatlas.extraction;

import java.util.List;
import java.util.Set;

/**
 * What the whole document says about its candidate names, gathered once before each span is
 * weighed.
 *
 * @param surnames keys of the names that stand as a surname somewhere in the document ("Mark Esper"),
 *                 or speak there and are no city ("Robertson said")
 * @param casing   the words the document writes capitalised inside a sentence
 */
record DocumentEvidence(Set<String> surnames, DocumentCasing casing) {

    /** Gathered from the document's sentences, as split and as tagged, and every candidate name in them. */
    static DocumentEvidence of(PersonContext persons, List<AnalyzedSentence> sentences, List<AnalyzedSentence> tagged,
            List<SpanCandidate> candidates) {
        if (candidates.isEmpty()) {
            return none();
        }
        return new DocumentEvidence(persons.surnames(tagged, candidates), DocumentCasing.of(sentences));
    }

    /** A sentence weighed alone. */
    static DocumentEvidence none() {
        return new DocumentEvidence(Set.of(), DocumentCasing.NONE);
    }

    static DocumentEvidence surnames(Set<String> surnames) {
        return new DocumentEvidence(surnames, DocumentCasing.NONE);
    }
}
