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
    private final TextAnalyzer analyzer;
    private final NameFinderME nameFinder;
    private final RecognitionSettings settings;
    private final MentionEvidence evidence;
    private final PersonContext persons;

    public ToponymRecognizer(Gazetteer gazetteer, TextAnalyzer analyzer, NlpModels models,
            RecognitionSettings settings) {
        this.gazetteer = gazetteer;
        this.analyzer = analyzer;
        this.nameFinder = new NameFinderME(models.locations());
        this.settings = settings;
        this.persons = new PersonContext(models.commonWords(), models.givenNames());
        this.evidence = new MentionEvidence(settings, models.commonWords(), persons);
    }

    public List<PlaceMention> recognize(String text, List<AnalyzedSentence> sentences) {
        return weigh(text, sentences).accepted();
    }

    /** Every candidate span, accepted or not, with its evidence score: for error analysis. */
    public Recognition weigh(String text, List<AnalyzedSentence> sentences) {
        List<List<SpanCandidate>> spottedBySentence = new ArrayList<>(sentences.size());
        List<AnalyzedSentence> tagged = new ArrayList<>(sentences);
        List<SpanCandidate> all = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<SpanCandidate> spotted = spot(sentences.get(s), s);
            spottedBySentence.add(spotted);
            if (!spotted.isEmpty()) {
                // only sentences with a candidate pay for tagging
                tagged.set(s, analyzer.tagged(sentences.get(s)));
                all.addAll(spotted);
            }
        }
        Set<String> personNames = personNames(tagged, all);
        List<PlaceMention> mentions = new ArrayList<>();
        List<PlaceMention> rejected = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<SpanCandidate> spotted = spottedBySentence.get(s);
            AnalyzedSentence sentence = tagged.get(s);
            // the name finder is the costliest step: ask it only where its answer can change a decision
            if (nameFinderCouldDecide(sentence, spotted, personNames)) {
                spotted = withNameFinder(sentence, spotted);
            }
            for (SpanCandidate candidate : spotted) {
                double score = score(sentence, candidate, personNames);
                (score >= settings.threshold() ? mentions : rejected).add(candidate.toMention(text, sentence, score));
            }
        }
        nameFinder.clearAdaptiveData();
        return new Recognition(mentions, rejected);
    }

    private double score(AnalyzedSentence sentence, SpanCandidate candidate, Set<String> personNames) {
        double score = evidence.score(sentence, candidate);
        if (personNames.contains(candidate.key()) && !candidate.namedByFinder()) {
            score -= 2.0;
        }
        return score;
    }

    private boolean nameFinderCouldDecide(AnalyzedSentence sentence, List<SpanCandidate> spotted,
            Set<String> personNames) {
        for (SpanCandidate candidate : spotted) {
            boolean without = score(sentence, candidate, personNames) >= settings.threshold();
            boolean with = score(sentence, candidate.withNamedByFinder(), personNames) >= settings.threshold();
            if (without != with) {
                return true;
            }
        }
        return false;
    }

    /** The spans taken as place names and those whose evidence fell short of the threshold. */
    public record Recognition(List<PlaceMention> accepted, List<PlaceMention> rejected) {
    }

    /** Gazetteer names starting at capitalised tokens (longest first), and demonyms. */
    private List<SpanCandidate> spot(AnalyzedSentence sentence, int sentenceIndex) {
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
            if (match.isPresent() && isArticle(token.text()) && gazetteer.longestMatch(tokens, t + 1).isPresent()) {
                // "The U.S. has...": the article belongs to the sentence, not the name ("The Hague" keeps it)
                t++;
                continue;
            }
            if (match.isPresent()) {
                match = Optional.of(beforeComma(tokens, match.get()));
            }
            if (match.isPresent() && endsCapitalized(sentence, match.get())) {
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
        return candidates;
    }

    /** Marks the candidates that overlap a span the OpenNLP location name finder found. */
    private List<SpanCandidate> withNameFinder(AnalyzedSentence sentence, List<SpanCandidate> spotted) {
        Span[] found = nameFinder.find(sentence.tokenTexts().toArray(new String[0]));
        boolean[] named = new boolean[sentence.size()];
        for (Span span : found) {
            for (int t = span.getStart(); t < span.getEnd(); t++) {
                named[t] = true;
            }
        }
        List<SpanCandidate> marked = new ArrayList<>(spotted.size());
        for (SpanCandidate candidate : spotted) {
            marked.add(anyNamed(named, candidate.fromToken(), candidate.toToken())
                    ? candidate.withNamedByFinder() : candidate);
        }
        return marked;
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
    private Set<String> personNames(List<AnalyzedSentence> sentences, List<SpanCandidate> candidates) {
        Set<String> names = new HashSet<>();
        for (SpanCandidate candidate : candidates) {
            if (persons.isSurname(sentences.get(candidate.sentenceIndex()), candidate)) {
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
