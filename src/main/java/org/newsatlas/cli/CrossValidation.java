package org.newsatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.newsatlas.evaluation.Evaluation;
import org.newsatlas.evaluation.Figures;
import org.newsatlas.evaluation.TypeFilter;
import org.newsatlas.geoparser.OpenNlpGeoparser;
import org.newsatlas.learning.LogisticRegression.Example;

/**
 * Document-level cross-validation of a learned model (recognition or ranking) against the hand-set weights, on
 * the same held-out documents: train on one corpus and test on the other (both ways), then k folds
 * over both corpora together (documents shuffled with a fixed seed). Every document is parsed by a
 * model that never saw it; the hand-set weights parse every document once, and are scored on the
 * same documents.
 */
final class CrossValidation<M> {

    private final Function<M, OpenNlpGeoparser> geoparsers;
    private final BiFunction<String, List<Example>, M> trainer;
    private final M handSetModel;
    private final int threads;

    /**
     * @param geoparsers   a geoparser that uses the given model
     * @param trainer      fits a model (named by its split) on the documents' examples
     * @param handSetModel the model the learned one is compared with
     */
    CrossValidation(Function<M, OpenNlpGeoparser> geoparsers, BiFunction<String, List<Example>, M> trainer,
            M handSetModel, int threads) {
        this.geoparsers = geoparsers;
        this.trainer = trainer;
        this.handSetModel = handSetModel;
        this.threads = threads;
    }

    List<String> run(List<LabelledDocument> documents, int folds, long seed)
            throws InterruptedException, ExecutionException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-28s %-9s %-9s %8s %8s %8s", "split", "test", "model",
                "e2e F1", "rec F1", "acc@161"));
        List<ObjectNode> handSet = predict(handSetModel, documents);
        List<String> corpora = documents.stream().map(LabelledDocument::corpus).distinct().toList();
        for (String train : corpora) {
            for (String test : corpora) {
                if (train.equals(test)) {
                    continue;
                }
                List<LabelledDocument> training = inCorpus(documents, train);
                List<LabelledDocument> testing = inCorpus(documents, test);
                M model = trainer.apply(train, LabelledDocument.examples(training));
                List<ObjectNode> learned = predict(model, testing);
                String split = "train " + train + ", test " + test;
                lines.add(row(split, test, "learned", figures(testing, learned)));
                lines.add(row(split, test, "hand-set", figures(testing, select(handSet, documents, testing))));
            }
        }
        List<ObjectNode> pooled = kFold(documents, folds, seed, lines, handSet);
        for (String corpus : corpora) {
            List<LabelledDocument> testing = inCorpus(documents, corpus);
            String split = folds + "-fold, both corpora";
            lines.add(row(split, corpus, "learned", figures(testing, select(pooled, documents, testing))));
            lines.add(row(split, corpus, "hand-set", figures(testing, select(handSet, documents, testing))));
        }
        return lines;
    }

    /** Predictions for every document in input order, each by the model of the fold that held it out. */
    private List<ObjectNode> kFold(List<LabelledDocument> documents, int folds, long seed, List<String> lines,
            List<ObjectNode> handSet) throws InterruptedException, ExecutionException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        ObjectNode[] pooled = new ObjectNode[documents.size()];
        for (int fold = 0; fold < folds; fold++) {
            List<LabelledDocument> training = new ArrayList<>();
            List<LabelledDocument> testing = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int position = 0; position < order.size(); position++) {
                LabelledDocument document = documents.get(order.get(position));
                if (position % folds == fold) {
                    testing.add(document);
                    held.add(order.get(position));
                } else {
                    training.add(document);
                }
            }
            M model = trainer.apply("fold " + (fold + 1), LabelledDocument.examples(training));
            List<ObjectNode> predicted = predict(model, testing);
            for (int i = 0; i < held.size(); i++) {
                pooled[held.get(i)] = predicted.get(i);
            }
            String split = "fold " + (fold + 1) + " of " + folds;
            lines.add(row(split, "both", "learned", figures(testing, predicted)));
            lines.add(row(split, "both", "hand-set", figures(testing, select(handSet, documents, testing))));
        }
        return List.of(pooled);
    }

    private List<ObjectNode> predict(M model, List<LabelledDocument> documents)
            throws InterruptedException, ExecutionException {
        OpenNlpGeoparser geoparser = geoparsers.apply(model);
        return ParallelMap.map(documents, threads, document -> GeoparseCommand.toJson(document.gold(),
                geoparser.parse(GeoparseCommand.text(document.gold()))));
    }

    private static List<LabelledDocument> inCorpus(List<LabelledDocument> documents, String corpus) {
        return documents.stream().filter(document -> document.corpus().equals(corpus)).toList();
    }

    /** The predictions (made for all documents, in their order) of the documents in {@code subset}. */
    private static List<ObjectNode> select(List<ObjectNode> predictions, List<LabelledDocument> all,
            List<LabelledDocument> subset) {
        Map<LabelledDocument, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i), i);
        }
        List<ObjectNode> selected = new ArrayList<>(subset.size());
        for (LabelledDocument document : subset) {
            selected.add(predictions.get(index.get(document)));
        }
        return selected;
    }

    private static Figures figures(List<LabelledDocument> documents, List<ObjectNode> predictions) {
        List<JsonNode> gold = documents.stream().map(LabelledDocument::gold).toList();
        return Evaluation.of(gold, predictions, TypeFilter.defaults()).figures();
    }

    private static String row(String split, String test, String model, Figures figures) {
        return String.format(Locale.ROOT, "%-28s %-9s %-9s %8.4f %8.4f %8.4f", split, test, model,
                figures.e2eF1(), figures.f1Overlap(), figures.acc161Overlap());
    }
}
