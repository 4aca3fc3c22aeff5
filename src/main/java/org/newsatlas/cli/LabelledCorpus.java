package org.newsatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.newsatlas.evaluation.Evaluation;
import org.newsatlas.geoparser.OpenNlpGeoparser;
import org.newsatlas.learning.LogisticRegression.Example;

/** The gold files a training or cross-validation command reads, in file order, each article labelled. */
record LabelledCorpus(List<LabelledDocument> documents, List<String> sources) {

    /** How a gold file's articles become labelled documents: {@link LabelledDocument#describe} or {@link LabelledDocument#ranked}. */
    @FunctionalInterface
    interface Labelling {
        List<LabelledDocument> label(OpenNlpGeoparser geoparser, List<JsonNode> gold, int threads)
                throws InterruptedException, ExecutionException;
    }

    static LabelledCorpus read(List<String> files, OpenNlpGeoparser geoparser, Labelling labelling, int threads)
            throws IOException, InterruptedException, ExecutionException {
        List<LabelledDocument> documents = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (String file : files) {
            List<JsonNode> gold = Evaluation.readGold(file);
            documents.addAll(labelling.label(geoparser, gold, threads));
            sources.add(Path.of(file).getFileName() + " (" + gold.size() + " articles)");
        }
        return new LabelledCorpus(List.copyOf(documents), List.copyOf(sources));
    }

    List<Example> examples() {
        return LabelledDocument.examples(documents);
    }

    /** The files as a model file's header names them: "lgl.jsonl (588 articles), ...". */
    String describeSources() {
        return String.join(", ", sources);
    }
}
