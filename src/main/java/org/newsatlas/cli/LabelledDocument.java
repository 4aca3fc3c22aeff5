package org.newsatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.newsatlas.evaluation.RankingExamples;
import org.newsatlas.evaluation.TrainingExamples;
import org.newsatlas.geoparser.OpenNlpGeoparser;
import org.newsatlas.learning.LogisticRegression.Example;

/** A gold article with its training examples (candidate spans or candidate pairs), and the corpus it comes from. */
record LabelledDocument(JsonNode gold, String corpus, List<Example> examples) {

    /** The documents of a gold file in file order; features do not depend on the recognition model. */
    static List<LabelledDocument> describe(OpenNlpGeoparser geoparser, List<JsonNode> gold, int threads)
            throws InterruptedException, ExecutionException {
        return ParallelMap.map(gold, threads, line -> new LabelledDocument(line, line.path("corpus").asText("?"),
                TrainingExamples.label(line, geoparser.describe(GeoparseCommand.text(line)))));
    }

    /**
     * The documents of a gold file in file order, each with its names' candidates paired for a
     * ranking model, as the hand-set weights ranked them.
     */
    static List<LabelledDocument> ranked(OpenNlpGeoparser geoparser, List<JsonNode> gold, int threads)
            throws InterruptedException, ExecutionException {
        return ParallelMap.map(gold, threads, line -> new LabelledDocument(line, line.path("corpus").asText("?"),
                RankingExamples.label(line, geoparser.rankNames(GeoparseCommand.text(line)))));
    }

    static List<Example> examples(List<LabelledDocument> documents) {
        List<Example> all = new ArrayList<>();
        documents.forEach(document -> all.addAll(document.examples()));
        return all;
    }
}
