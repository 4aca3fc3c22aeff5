package org.newsatlas.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.newsatlas.geoparser.OpenNlpGeoparser;

/** The three error analyses over all articles, in the order of the report. */
final class ErrorBreakdown {

    private ErrorBreakdown() {
    }

    /** Diagnoses are in the order of the scored articles. */
    static List<String> of(Scores scores, List<OpenNlpGeoparser.Diagnosis> diagnoses, GazetteerCheck gazetteer) {
        MissCauses misses = new MissCauses(gazetteer);
        FalsePositives falsePositives = new FalsePositives(gazetteer);
        WrongResolutions wrong = new WrongResolutions(gazetteer);
        for (int i = 0; i < scores.articles().size(); i++) {
            ScoredArticle article = scores.articles().get(i);
            ArticleDiagnosis diagnosis = ArticleDiagnosis.of(diagnoses.get(i));
            misses.add(article, diagnosis);
            falsePositives.add(article, diagnosis);
            wrong.add(article, diagnosis);
        }
        List<String> lines = new ArrayList<>(misses.report());
        lines.add("");
        lines.addAll(falsePositives.report());
        lines.add("");
        lines.addAll(wrong.report());
        return lines;
    }
}
