package org.newsatlas.geocoding;

import java.util.List;
import java.util.Optional;
import org.newsatlas.extraction.AnalyzedSentence;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.FeatureCodes;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.NameMatch;

/**
 * Finds the qualifier that follows a name: "Alexandria, Va.", "TRIPOLI, Libya -". Only countries
 * and administrative divisions qualify; "Paris, France" qualifies, "Paris, Lyon" does not.
 */
final class Qualifiers {

    private Qualifiers() {
    }

    static List<GazetteerEntry> after(Gazetteer gazetteer, AnalyzedSentence sentence, PlaceMention mention) {
        int comma = mention.toToken();
        if (mention.demonym() || comma + 1 >= sentence.size() || !",".equals(sentence.token(comma).text())
                || !sentence.token(comma + 1).isCapitalized()) {
            return List.of();
        }
        Optional<NameMatch> match = gazetteer.longestMatch(sentence.tokenTexts(), comma + 1);
        if (match.isEmpty()) {
            return List.of();
        }
        if (isListOfDivisions(gazetteer, sentence, mention, match.get())) {
            return List.of();
        }
        return match.get().candidates().stream()
                .filter(entry -> entry.isCountry() || FeatureCodes.ADMINISTRATIVE.equals(entry.featureClass()))
                .toList();
    }

    /**
     * "cases in Washington, Pennsylvania and California": a name that is itself a state, followed
     * by a state and, after "and", "or" or a comma, by yet another state, is one of a list of
     * states, not a town qualified by the state after it ("Springfield, Illinois and Columbus,
     * Ohio" keeps its qualifier: Springfield is no state).
     */
    private static boolean isListOfDivisions(Gazetteer gazetteer, AnalyzedSentence sentence, PlaceMention mention,
            NameMatch qualifier) {
        int next = qualifier.toToken();
        if (next + 1 >= sentence.size() || !ListedNames.LIST_WORDS.contains(sentence.token(next).text())) {
            return false;
        }
        if (",".equals(sentence.token(next).text()) && ListedNames.LIST_WORDS.contains(sentence.token(next + 1).text())
                && next + 2 < sentence.size()) {
            next++;
        }
        Optional<NameMatch> following = gazetteer.longestMatch(sentence.tokenTexts(), next + 1);
        return following.isPresent()
                && divisionCountries(mention.candidates()).stream().anyMatch(country ->
                        divisionCountries(qualifier.candidates()).contains(country)
                                && divisionCountries(following.get().candidates()).contains(country));
    }

    private static List<String> divisionCountries(List<GazetteerEntry> candidates) {
        return candidates.stream().filter(GazetteerEntry::isFirstOrderDivision).map(GazetteerEntry::countryCode)
                .distinct().toList();
    }
}
