package org.newsatlas.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.geoparser.OpenNlpGeoparser;

/**
 * Predictions scored against gold as geoeval.py scores them, and the reports of the evaluate
 * command: geoeval's figures, acc@161 by confidence band and, given the geoparser's own account of
 * each article, the error breakdown.
 */
public final class Evaluation {

    private final Scores scores;

    private Evaluation(Scores scores) {
        this.scores = scores;
    }

    /** The lines of a gold file by id, a repeated id replacing the earlier line in its place (as geoeval). */
    public static List<JsonNode> readGold(String path) throws IOException {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        JsonLines.read(path).forEach(line -> byId.put(Article.id(line), line));
        return List.copyOf(byId.values());
    }

    /** Gold and predicted lines of the evaluation format, paired by id. */
    public static Evaluation of(List<JsonNode> gold, List<? extends JsonNode> predicted, TypeFilter filter) {
        return new Evaluation(new Scorer(filter).score(Article.byId(gold), Article.byId(predicted)));
    }

    /** Predicted articles that are not in gold, and so were not scored. */
    public int extraPredicted() {
        return scores.extraPredicted();
    }

    /** All the figures, unrounded: what geoeval.py prints with --json. */
    public Figures figures() {
        return scores.figures();
    }

    /** geoeval.py's text report, character for character. */
    public List<String> report() {
        return scores.report();
    }

    public List<String> confidenceBands() {
        ConfidenceBands bands = new ConfidenceBands();
        bands.addAll(scores.articles());
        return bands.report();
    }

    /** Misses by cause, false positives by kind, wrong places; diagnoses in the order of the gold lines. */
    public List<String> errorBreakdown(List<OpenNlpGeoparser.Diagnosis> diagnoses, Gazetteer gazetteer) {
        return ErrorBreakdown.of(scores, diagnoses, new GazetteerCheck(gazetteer));
    }
}
