package org.newsatlas.geoparser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsatlas.extraction.AnalyzedSentence;
import org.newsatlas.extraction.NlpModels;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.extraction.RecognitionSettings;
import org.newsatlas.extraction.TextAnalyzer;
import org.newsatlas.extraction.ToponymRecognizer;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geocoding.RankedName;
import org.newsatlas.geocoding.RankingModel;
import org.newsatlas.geocoding.ResolvedPlace;
import org.newsatlas.geocoding.ToponymResolver;

/**
 * The geoparser: OpenNLP analysis, toponym recognition, then resolution against the gazetteer.
 * Models and gazetteer are shared; the stateful OpenNLP objects live one set per thread.
 */
public final class OpenNlpGeoparser implements Geoparser {

    private final Gazetteer gazetteer;
    private final ThreadLocal<Pipeline> pipelines;

    public OpenNlpGeoparser(NlpModels models, Gazetteer gazetteer, RecognitionSettings settings) {
        this(models, gazetteer, settings, RankingModel.handSet());
    }

    public OpenNlpGeoparser(NlpModels models, Gazetteer gazetteer, RecognitionSettings settings,
            RankingModel ranking) {
        this.gazetteer = gazetteer;
        this.pipelines = ThreadLocal.withInitial(() -> {
            TextAnalyzer analyzer = new TextAnalyzer(models);
            return new Pipeline(analyzer, new ToponymRecognizer(gazetteer, analyzer, models, settings),
                    new ToponymResolver(gazetteer, ranking));
        });
    }

    @Override
    public GeoparsedText parse(String text) {
        return diagnose(text).parsed();
    }

    @Override
    public Optional<GazetteerEntry> firstOrderDivisionOf(GazetteerEntry place) {
        if (place.isCountry() || place.isFirstOrderDivision() || place.admin1Code() == null
                || place.admin1Code().isBlank()) {
            return Optional.empty();
        }
        return gazetteer.firstOrderDivision(place.countryCode(), place.admin1Code())
                .filter(division -> division.geonameId() != place.geonameId());
    }

    @Override
    public Optional<GazetteerEntry> gazetteerEntry(long geonameId) {
        return gazetteer.byId(geonameId);
    }

    @Override
    public List<GazetteerEntry> searchPlaces(String prefix, int limit) {
        return gazetteer.search(prefix, limit);
    }

    /** The parse plus the candidate spans that recognition turned down, for error analysis. */
    public Diagnosis diagnose(String text) {
        Pipeline pipeline = pipelines.get();
        List<AnalyzedSentence> sentences = pipeline.analyzer().analyze(text);
        ToponymRecognizer.Recognition recognition = pipeline.recognizer().weigh(text, sentences);
        List<ResolvedPlace> resolved = pipeline.resolver()
                .resolve(sentences, recognition.accepted(), recognition.doubtful());
        return new Diagnosis(toParsedText(text, sentences, resolved), recognition.rejected());
    }

    /** Every candidate span of the text with its recognition features: what a model is trained on. */
    public List<ToponymRecognizer.CandidateEvidence> describe(String text) {
        Pipeline pipeline = pipelines.get();
        return pipeline.recognizer().describe(text, pipeline.analyzer().analyze(text));
    }

    /** How each resolved name's candidates were weighed: what a ranking model is trained on. */
    public List<RankedName> rankNames(String text) {
        Pipeline pipeline = pipelines.get();
        List<AnalyzedSentence> sentences = pipeline.analyzer().analyze(text);
        ToponymRecognizer.Recognition recognition = pipeline.recognizer().weigh(text, sentences);
        return pipeline.resolver().rank(sentences, recognition.accepted(), recognition.doubtful());
    }

    private static GeoparsedText toParsedText(String text, List<AnalyzedSentence> sentences,
            List<ResolvedPlace> resolved) {

        List<GeoparsedText.TextSpan> sentenceSpans = new ArrayList<>(sentences.size());
        for (AnalyzedSentence sentence : sentences) {
            sentenceSpans.add(new GeoparsedText.TextSpan(sentence.start(), sentence.end()));
        }
        List<ResolvedToponym> toponyms = new ArrayList<>(resolved.size());
        for (ResolvedPlace place : resolved) {
            PlaceMention mention = place.mention();
            AnalyzedSentence sentence = sentences.get(mention.sentenceIndex());
            toponyms.add(new ResolvedToponym(mention.start(), mention.end(), mention.name(), place.place(),
                    place.confidence(), sentence.start(), sentence.end(), place.ranked()));
        }
        return new GeoparsedText(text, sentenceSpans, toponyms);
    }

    /**
     * A parse with the spans that were considered and turned down (each with its evidence score
     * in {@link PlaceMention#recognitionScore()} and its gazetteer candidates).
     */
    public record Diagnosis(GeoparsedText parsed, List<PlaceMention> rejected) {
    }

    private record Pipeline(TextAnalyzer analyzer, ToponymRecognizer recognizer, ToponymResolver resolver) {
    }
}
