package org.newsatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.NameMatch;
import org.newsatlas.gazetteer.NameNormalizer;

/**
 * A word written in lower or title case names a place only by a name spelled so, not by an acronym
 * or an abbreviation that folds to the same letters: "the Clean Air Act" is not the ACT (Australian
 * Capital Territory), "Wash your hands" not Wash. (Washington), "Amphibian Ark" not Ark.
 * (Arkansas). An abbreviation still counts where the text writes its dot ("Little Rock, Ark.") or
 * gives a legislator's home ("Pelosi, D-Calif,").
 */
final class SpelledNames {

    private SpelledNames() {
    }

    /** The match with only the places its word may name as written; empty when none is left. */
    static Optional<NameMatch> asWritten(AnalyzedSentence sentence, NameMatch match) {
        if (match.length() != 1) {
            return Optional.of(match);
        }
        String word = sentence.token(match.fromToken()).text();
        if (TokenShapes.isAllCaps(word) || word.endsWith(".") || followedByDot(sentence, match.toToken())
                || TokenShapes.isPartyAndHome(sentence, match.fromToken())) {
            return Optional.of(match);
        }
        String key = NameNormalizer.normalize(word);
        List<GazetteerEntry> named = new ArrayList<>(match.candidates().size());
        for (GazetteerEntry entry : match.candidates()) {
            if (entry.naming(key) != GazetteerEntry.Naming.ALTERNATE_NAME || hasWordName(entry, key)) {
                named.add(entry);
            }
        }
        if (named.size() == match.candidates().size()) {
            return Optional.of(match);
        }
        return named.isEmpty() ? Optional.empty()
                : Optional.of(new NameMatch(match.fromToken(), match.toToken(), named));
    }

    private static boolean followedByDot(AnalyzedSentence sentence, int next) {
        return next < sentence.size() && ".".equals(sentence.token(next).text());
    }

    /** An alternate name that folds to the key and is a word: neither an acronym nor cut short with a dot. */
    private static boolean hasWordName(GazetteerEntry entry, String key) {
        for (String alternate : entry.alternateNames()) {
            if (!alternate.endsWith(".") && !TokenShapes.isAllCaps(alternate)
                    && key.equals(NameNormalizer.normalize(alternate))) {
                return true;
            }
        }
        return false;
    }
}
