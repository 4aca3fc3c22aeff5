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
        return match.get().candidates().stream()
                .filter(entry -> entry.isCountry() || FeatureCodes.ADMINISTRATIVE.equals(entry.featureClass()))
                .toList();
    }
}
