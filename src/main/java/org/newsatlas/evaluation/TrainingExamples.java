package org.newsatlas.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.newsatlas.extraction.ToponymRecognizer.CandidateEvidence;
import org.newsatlas.learning.LogisticRegression.Example;

/**
 * Labels a document's candidate spans for training: a candidate is a place name when it overlaps
 * a gold toponym of a scored type (the overlap rule geoeval.py's recognition figures use).
 */
public final class TrainingExamples {

    private TrainingExamples() {
    }

    public static List<Example> label(JsonNode goldLine, List<CandidateEvidence> candidates) {
        Article gold = Article.fromJson(goldLine);
        TypeFilter filter = TypeFilter.defaults();
        List<Toponym> scored = gold.toponyms().stream().filter(filter.gold()).toList();
        String text = gold.text();
        List<Example> examples = new ArrayList<>(candidates.size());
        for (CandidateEvidence candidate : candidates) {
            // gold offsets count code points, the geoparser's count chars
            int start = text.codePointCount(0, candidate.start());
            int end = text.codePointCount(0, candidate.end());
            boolean place = false;
            for (Toponym toponym : scored) {
                if (Math.min(end, toponym.end()) - Math.max(start, toponym.start()) > 0) {
                    place = true;
                    break;
                }
            }
            examples.add(new Example(candidate.features(), place));
        }
        return examples;
    }
}
