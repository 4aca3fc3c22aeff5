package org.newsatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.newsatlas.gazetteer.Gazetteer;

/**
 * Finds place names: the gazetteer names and demonyms among capitalised token runs
 * ({@link NameSpotter}), each weighed on its evidence ({@link MentionEvidence}). The OpenNLP
 * location name finder proposes nothing of its own: it is one piece of that evidence, asked only
 * in sentences where its answer can change a decision. Not thread-safe (holds a
 * {@link WindowNameFinder}): one per thread.
 */
public final class ToponymRecognizer {

    private final TextAnalyzer analyzer;
    private final WindowNameFinder nameFinder;
    private final RecognitionSettings settings;
    private final MentionEvidence evidence;
    private final NameSpotter spotter;
    private final PersonContext persons;

    public ToponymRecognizer(Gazetteer gazetteer, TextAnalyzer analyzer, NlpModels models,
            RecognitionSettings settings) {
        this.analyzer = analyzer;
        this.nameFinder = new WindowNameFinder(models.locations());
        this.settings = settings;
        this.persons = new PersonContext(models.commonWords(), models.givenNames());
        this.spotter = new NameSpotter(gazetteer, settings);
        this.evidence = new MentionEvidence(settings, models.commonWords(), models.givenNames(), persons);
    }

    /** Every candidate span, accepted or not, with its evidence score: for error analysis. */
    public Recognition weigh(String text, List<AnalyzedSentence> sentences) {
        List<List<SpanCandidate>> spottedBySentence = new ArrayList<>(sentences.size());
        List<AnalyzedSentence> tagged = new ArrayList<>(sentences);
        List<SpanCandidate> all = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            Checkpoint.reached();
            List<SpanCandidate> spotted = spotter.spot(sentences.get(s), s);
            spottedBySentence.add(spotted);
            if (!spotted.isEmpty()) {
                // only sentences with a candidate pay for tagging
                tagged.set(s, analyzer.tagged(sentences.get(s), ranges(spotted)));
                all.addAll(spotted);
            }
        }
        DocumentEvidence document = DocumentEvidence.of(persons, sentences, tagged, all);
        List<PlaceMention> mentions = new ArrayList<>();
        List<PlaceMention> rejected = new ArrayList<>();
        List<PlaceMention> doubtful = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<SpanCandidate> spotted = spottedBySentence.get(s);
            AnalyzedSentence sentence = tagged.get(s);
            // the name finder is the costliest step: ask it only where its answer can change a decision
            double[][] scores = scoresWithoutAndWithFinder(sentence, spotted, document);
            List<SpanCandidate> deciding = nameFinderCouldDecide(spotted, scores);
            if (!deciding.isEmpty()) {
                spotted = withNameFinder(sentence, spotted, ranges(deciding));
            }
            for (int c = 0; c < spotted.size(); c++) {
                Checkpoint.reached();
                SpanCandidate candidate = spotted.get(c);
                double score = scores[candidate.namedByFinder() ? 1 : 0][c];
                PlaceMention mention = candidate.toMention(text, sentence, score);
                (settings.accepts(score) ? mentions : rejected).add(mention);
                if (settings.doubts(score)) {
                    doubtful.add(mention);
                }
            }
        }
        nameFinder.clearAdaptiveData();
        return new Recognition(mentions, rejected, doubtful);
    }

    /**
     * Every candidate span with its features, the name finder asked about each of them: what a
     * recognition model is trained on. Offsets are char offsets into the text.
     */
    public List<CandidateEvidence> describe(String text, List<AnalyzedSentence> sentences) {
        List<List<SpanCandidate>> spottedBySentence = new ArrayList<>(sentences.size());
        List<AnalyzedSentence> tagged = new ArrayList<>(sentences);
        List<SpanCandidate> all = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<SpanCandidate> spotted = spotter.spot(sentences.get(s), s);
            spottedBySentence.add(spotted);
            if (!spotted.isEmpty()) {
                tagged.set(s, analyzer.tagged(sentences.get(s), ranges(spotted)));
                all.addAll(spotted);
            }
        }
        DocumentEvidence document = DocumentEvidence.of(persons, sentences, tagged, all);
        List<CandidateEvidence> described = new ArrayList<>(all.size());
        for (int s = 0; s < sentences.size(); s++) {
            List<SpanCandidate> spotted = spottedBySentence.get(s);
            if (spotted.isEmpty()) {
                continue;
            }
            AnalyzedSentence sentence = tagged.get(s);
            for (SpanCandidate candidate : withNameFinder(sentence, spotted, ranges(spotted))) {
                PlaceMention mention = candidate.toMention(text, sentence, 0);
                described.add(new CandidateEvidence(mention.start(), mention.end(), mention.name(),
                        evidence.features(sentence, candidate, document)));
            }
        }
        nameFinder.clearAdaptiveData();
        return described;
    }

    /** A candidate span (char offsets, end exclusive) and its {@link RecognitionFeature} vector. */
    public record CandidateEvidence(int start, int end, String name, double[] features) {
    }

    private static int[][] ranges(List<SpanCandidate> spotted) {
        int[][] ranges = new int[spotted.size()][];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = new int[] {spotted.get(i).fromToken(), spotted.get(i).toToken()};
        }
        return ranges;
    }

    /**
     * Each candidate's score as it stands ([0]) and if the name finder marked it ([1]): the
     * evidence is weighed once each way, whatever the finder then says.
     */
    private double[][] scoresWithoutAndWithFinder(AnalyzedSentence sentence, List<SpanCandidate> spotted,
            DocumentEvidence document) {
        double[][] scores = new double[2][spotted.size()];
        for (int c = 0; c < spotted.size(); c++) {
            SpanCandidate candidate = spotted.get(c);
            scores[0][c] = evidence.score(sentence, candidate, document);
            scores[1][c] = candidate.namedByFinder() ? scores[0][c]
                    : evidence.score(sentence, candidate.withNamedByFinder(), document);
        }
        return scores;
    }

    /** The candidates whose acceptance the name finder's answer would change. */
    private List<SpanCandidate> nameFinderCouldDecide(List<SpanCandidate> spotted, double[][] scores) {
        List<SpanCandidate> deciding = new ArrayList<>(0);
        for (int c = 0; c < spotted.size(); c++) {
            if (settings.accepts(scores[0][c]) != settings.accepts(scores[1][c])) {
                deciding.add(spotted.get(c));
            }
        }
        return deciding;
    }

    /**
     * The spans taken as place names, those whose evidence fell short of the threshold, and among
     * these the doubtful ones ({@link RecognitionSettings#doubts}), which the document may still
     * vouch for at resolution.
     */
    public record Recognition(List<PlaceMention> accepted, List<PlaceMention> rejected,
            List<PlaceMention> doubtful) {
    }

    /**
     * Marks the candidates that overlap a span the OpenNLP location name finder found. It reads
     * two tokens either side and its own previous labels, so it is run on windows around the
     * deciding candidates (as the tagger is), not on the whole sentence.
     */
    private List<SpanCandidate> withNameFinder(AnalyzedSentence sentence, List<SpanCandidate> spotted,
            int[][] deciding) {
        boolean[] named = new boolean[sentence.size()];
        List<String> texts = sentence.tokenTexts();
        for (int[] window : TextAnalyzer.windows(deciding, sentence.size())) {
            Checkpoint.reached();
            Span[] found = nameFinder.find(texts.subList(window[0], window[1]).toArray(new String[0]));
            for (Span span : found) {
                for (int t = span.getStart(); t < span.getEnd(); t++) {
                    named[window[0] + t] = true;
                }
            }
        }
        List<SpanCandidate> marked = new ArrayList<>(spotted.size());
        for (SpanCandidate candidate : spotted) {
            marked.add(anyNamed(named, candidate.fromToken(), candidate.toToken())
                    ? candidate.withNamedByFinder() : candidate);
        }
        return marked;
    }

    private static boolean anyNamed(boolean[] named, int from, int to) {
        for (int t = from; t < to; t++) {
            if (named[t]) {
                return true;
            }
        }
        return false;
    }

}
