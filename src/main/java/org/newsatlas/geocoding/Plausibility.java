package org.newsatlas.geocoding;

import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * Second thoughts after resolution. A name that recognition only weakly took for a place, whose
 * best reading is a village, or a town known by another name ("Hamas", an alternate name of Hamm),
 * in a country nothing else in the document is in, is more likely a word, a person or an
 * organisation.
 */
final class Plausibility {

    /** Recognition evidence at which a name stands on its own (the name finder alone gives 2). */
    static final double CONFIDENT_RECOGNITION = 2.5;
    static final long SMALL_PLACE = 20_000;
    static final int CONTEXT_GROUPS = 3;

    private Plausibility() {
    }

    static boolean isStray(NameGroup group, DocumentFocus focus, int groupCount) {
        GazetteerEntry best = group.best();
        // a town reached only through an alternate name ("Hamas" for Hamm) is as doubtful as a village
        boolean byOwnName = CandidateScoring.isPrimaryName(best, group.mentions().get(0).name());
        if (groupCount < CONTEXT_GROUPS || !best.isPopulatedPlace() || group.hasQualifier()
                || byOwnName && best.population() >= SMALL_PLACE) {
            return false;
        }
        for (PlaceMention mention : group.mentions()) {
            if (mention.recognitionScore() >= CONFIDENT_RECOGNITION) {
                return false;
            }
        }
        return focus.countryShare(group.index(), best) == 0;
    }
}
