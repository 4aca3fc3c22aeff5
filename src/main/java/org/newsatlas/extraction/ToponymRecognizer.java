package org.newsatlas.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.NameMatch;
import org.newsatlas.gazetteer.NameNormalizer;

/**
 * Finds place names: the union of the OpenNLP location name finder and gazetteer matches of
 * capitalised token runs, each candidate then weighed on its evidence ({@link MentionEvidence}).
 * Not thread-safe (holds a {@link NameFinderME}): one per thread.
 */
public final class ToponymRecognizer {

    private final Gazetteer gazetteer;
    private final NameFinderME nameFinder;
    private final RecognitionSettings settings;
    private final CommonWords commonWords;

    public ToponymRecognizer(Gazetteer gazetteer, NlpModels models, RecognitionSettings settings) {
        this.gazetteer = gazetteer;
        this.nameFinder = new NameFinderME(models.locations());
        this.settings = settings;
        this.commonWords = models.commonWords();
    }

    public List<PlaceMention> recognize(String text, List<AnalyzedSentence> sentences) {
        return weigh(text, sentences).accepted();
    }

    /** Every candidate span, accepted or not, with its evidence score: for error analysis. */
    public Recognition weigh(String text, List<AnalyzedSentence> sentences) {
        List<SpanCandidate> candidates = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            candidates.addAll(candidatesIn(sentences.get(s), s));
        }
        nameFinder.clearAdaptiveData();
        Set<String> personNames = personNames(sentences, candidates);
        List<PlaceMention> mentions = new ArrayList<>();
        List<PlaceMention> rejected = new ArrayList<>();
        for (SpanCandidate candidate : candidates) {
            AnalyzedSentence sentence = sentences.get(candidate.sentenceIndex());
            double score = MentionEvidence.score(sentence, candidate, settings, commonWords);
            if (personNames.contains(candidate.key()) && !candidate.namedByFinder()) {
                score -= 2.0;
            }
            if (score >= settings.threshold()) {
                mentions.add(candidate.toMention(text, sentence, score));
            } else {
                rejected.add(candidate.toMention(text, sentence, score));
            }
        }
        return new Recognition(mentions, rejected);
    }

    /** The spans taken as place names and those whose evidence fell short of the threshold. */
    public record Recognition(List<PlaceMention> accepted, List<PlaceMention> rejected) {
    }

    private List<SpanCandidate> candidatesIn(AnalyzedSentence sentence, int sentenceIndex) {
        List<String> tokens = sentence.tokenTexts();
        Span[] found = nameFinder.find(tokens.toArray(new String[0]));
        boolean[] namedByFinder = new boolean[tokens.size()];
        for (Span span : found) {
            for (int t = span.getStart(); t < span.getEnd(); t++) {
                namedByFinder[t] = true;
            }
        }
        List<SpanCandidate> candidates = new ArrayList<>();
        int t = 0;
        while (t < tokens.size()) {
            AnalyzedSentence.Token token = sentence.token(t);
            if (!token.isCapitalized()) {
                t++;
                continue;
            }
            Optional<NameMatch> match = gazetteer.longestMatch(tokens, t);
            if (match.isPresent() && endsCapitalized(sentence, match.get())) {
                NameMatch name = match.get();
                candidates.add(new SpanCandidate(sentenceIndex, name.fromToken(), name.toToken(),
                        name.candidates(), false, anyNamed(namedByFinder, name.fromToken(), name.toToken()),
                        NameNormalizer.normalize(joined(sentence, name.fromToken(), name.toToken()))));
                t = name.toToken();
                continue;
            }
            Optional<GazetteerEntry> demonym = demonym(token.text());
            if (demonym.isPresent() && settings.includeDemonyms()) {
                candidates.add(new SpanCandidate(sentenceIndex, t, t + 1, List.of(demonym.get()), true,
                        namedByFinder[t], NameNormalizer.normalize(token.text())));
            }
            t++;
        }
        return candidates;
    }

    /** "Libyan", and the plural "Libyans" too. */
    private Optional<GazetteerEntry> demonym(String word) {
        Optional<GazetteerEntry> place = gazetteer.demonym(word);
        if (place.isEmpty() && word.length() > 4 && word.endsWith("s")) {
            place = gazetteer.demonym(word.substring(0, word.length() - 1));
        }
        return place;
    }

    /**
     * Surnames of people named in the document: a gazetteer match that stands right after a
     * title or a given name ("Mark Esper") is a person, and so is the same bare name elsewhere.
     */
    private static Set<String> personNames(List<AnalyzedSentence> sentences, List<SpanCandidate> candidates) {
        Set<String> names = new HashSet<>();
        for (SpanCandidate candidate : candidates) {
            if (MentionEvidence.looksLikePerson(sentences.get(candidate.sentenceIndex()), candidate)) {
                names.add(candidate.key());
            }
        }
        return names;
    }

    private static boolean endsCapitalized(AnalyzedSentence sentence, NameMatch match) {
        return sentence.token(match.toToken() - 1).isCapitalized();
    }

    private static boolean anyNamed(boolean[] named, int from, int to) {
        for (int t = from; t < to; t++) {
            if (named[t]) {
                return true;
            }
        }
        return false;
    }

    static String joined(AnalyzedSentence sentence, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int t = from; t < to; t++) {
            if (t > from) {
                text.append(' ');
            }
            text.append(sentence.token(t).text());
        }
        return text.toString();
    }
}
