package org.newsatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.NameMatch;
import org.newsatlas.gazetteer.NameNormalizer;

/**
 * Finds the token runs of a sentence that the gazetteer knows as names (longest match, starting at
 * a capitalised token) and the demonyms, before any evidence is weighed.
 */
final class NameSpotter {

    private final Gazetteer gazetteer;
    private final RecognitionSettings settings;

    NameSpotter(Gazetteer gazetteer, RecognitionSettings settings) {
        this.gazetteer = gazetteer;
        this.settings = settings;
    }

    /**
     * Gazetteer names starting at capitalised tokens (longest first), and demonyms; two of them glued
     * by a hyphen that name two places are marked so ({@link HyphenatedPlaces}).
     */
    List<SpanCandidate> spot(AnalyzedSentence sentence, int sentenceIndex) {
        List<String> tokens = sentence.tokenTexts();
        List<SpanCandidate> candidates = new ArrayList<>();
        int t = 0;
        while (t < tokens.size()) {
            AnalyzedSentence.Token token = sentence.token(t);
            if (!token.isCapitalized() || !CandidateTokens.canStartName(token.text())) {
                t++;
                continue;
            }
            Optional<NameMatch> match = gazetteer.longestMatch(tokens, t);
            Optional<SpanCandidate> longDemonym = settings.includeDemonyms()
                    ? multiWordDemonym(sentence, sentenceIndex, t) : Optional.empty();
            if (longDemonym.isPresent() && match.map(m -> m.toToken() <= longDemonym.get().toToken()).orElse(true)) {
                // "Sri Lankan", "South Ossetian": no word of it alone is the demonym, or it names the wrong place
                candidates.add(longDemonym.get());
                t = longDemonym.get().toToken();
                continue;
            }
            if (match.isPresent() && isArticle(token.text()) && gazetteer.longestMatch(tokens, t + 1).isPresent()) {
                // "The U.S. has...": the article belongs to the sentence, not the name ("The Hague" keeps it)
                t++;
                continue;
            }
            if (match.isPresent()) {
                match = endingInAName(sentence, tokens, beforeComma(tokens, match.get()))
                        .flatMap(name -> SpelledNames.asWritten(sentence, name));
            }
            if (match.isPresent()) {
                NameMatch name = match.get();
                candidates.add(new SpanCandidate(sentenceIndex, name.fromToken(), name.toToken(),
                        name.candidates(), false, false,
                        NameNormalizer.normalize(joined(sentence, name.fromToken(), name.toToken()))));
                t = name.toToken();
                continue;
            }
            Optional<GazetteerEntry> demonym = demonym(token.text());
            if (demonym.isPresent() && settings.includeDemonyms()) {
                candidates.add(new SpanCandidate(sentenceIndex, t, t + 1, List.of(demonym.get()), true,
                        false, NameNormalizer.normalize(token.text())));
            }
            t++;
        }
        return HyphenatedPlaces.marked(sentence, candidates);
    }

    /**
     * "Washington, D.C.": a name that runs over a comma is a name and its qualifier when the part
     * before the comma is a name of its own; each is then a mention, and the qualifier still
     * decides which Washington.
     */
    private NameMatch beforeComma(List<String> tokens, NameMatch match) {
        for (int k = match.fromToken() + 1; k < match.toToken(); k++) {
            if (",".equals(tokens.get(k))) {
                int comma = k;
                Optional<NameMatch> head = gazetteer.longestMatch(tokens.subList(0, comma), match.fromToken());
                return head.filter(h -> h.toToken() == comma).orElse(match);
            }
        }
        return match;
    }

    private static boolean isArticle(String token) {
        return token.equalsIgnoreCase("the");
    }

    /**
     * The longest demonym of several capitalised words starting at {@code from} ("Sri Lankan",
     * "Papua New Guinean"), if there is one.
     */
    private Optional<SpanCandidate> multiWordDemonym(AnalyzedSentence sentence, int sentenceIndex, int from) {
        if (from + 1 >= sentence.size() || !sentence.token(from + 1).isCapitalized()
                && !"and".equals(sentence.token(from + 1).text())) {
            // most names are followed by a lower-case word: no lookup for them
            return Optional.empty();
        }
        int longest = Math.min(sentence.size(), from + TokenLengths.LONGEST_DEMONYM_WORDS);
        for (int end = longest; end >= from + 2; end--) {
            if (!sentence.token(end - 1).isCapitalized()) {
                continue;
            }
            String words = joined(sentence, from, end);
            Optional<GazetteerEntry> place = demonym(words);
            if (place.isPresent()) {
                return Optional.of(new SpanCandidate(sentenceIndex, from, end, List.of(place.get()), true, false,
                        NameNormalizer.normalize(words)));
            }
        }
        return Optional.empty();
    }

    /** "Libyan", and the plural "Libyans" too. */
    private Optional<GazetteerEntry> demonym(String word) {
        Optional<GazetteerEntry> place = gazetteer.demonym(word);
        if (place.isEmpty() && word.length() >= TokenLengths.SHORTEST_PLURAL_DEMONYM && word.endsWith("s")) {
            place = gazetteer.demonym(word.substring(0, word.length() - 1));
        }
        return place;
    }

    /**
     * The match, or the longest shorter one from the same token, that ends in a capitalised word:
     * GeoNames' alternate names "Jiangsu Province" and "Washington State" match "Jiangsu province"
     * and "a Washington state farm", where the lower-case kind is the sentence's word, not the
     * name's. Empty when no such match is left.
     */
    private Optional<NameMatch> endingInAName(AnalyzedSentence sentence, List<String> tokens, NameMatch match) {
        NameMatch shorter = match;
        while (!endsAName(sentence.token(shorter.toToken() - 1))) {
            if (shorter.toToken() - 1 <= shorter.fromToken()) {
                return Optional.empty();
            }
            Optional<NameMatch> next = gazetteer.longestMatch(tokens.subList(0, shorter.toToken() - 1), shorter.fromToken());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            shorter = next.get();
        }
        return Optional.of(shorter);
    }

    /** Capitalised, or an elided article before a capital: "d'Ivoire", "l'Aquila". */
    private static boolean endsAName(AnalyzedSentence.Token token) {
        String text = token.text();
        return token.isCapitalized() || text.length() >= 3 && (text.charAt(1) == '\'' || text.charAt(1) == '’')
                && Character.isUpperCase(text.charAt(2));
    }

    static String joined(AnalyzedSentence sentence, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int t = from; t < to; t++) {
            if (t > from && !NameNormalizer.isClitic(sentence.token(t).text())) {
                text.append(' ');
            }
            text.append(sentence.token(t).text());
        }
        return text.toString();
    }
}
