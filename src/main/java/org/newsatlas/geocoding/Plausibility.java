package org.newsatlas.geocoding;

import static org.newsatlas.geocoding.ResolutionWeights.CONFIDENT_RECOGNITION;
import static org.newsatlas.geocoding.ResolutionWeights.CONTEXT_GROUPS;
import static org.newsatlas.geocoding.ResolutionWeights.SMALL_PLACE;

import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * Second thoughts after resolution. A name that recognition only weakly took for a place, whose
 * best reading is a village, or a town known by another name ("Hamas", an alternate name of Hamm),
 * in a country nothing else in the document is in, is more likely a word, a person or an
 * organisation.
 */
final class Plausibility {

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
