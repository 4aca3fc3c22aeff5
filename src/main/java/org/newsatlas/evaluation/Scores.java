package org.newsatlas.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The result of scoring: the total, one tally per corpus (in order of first appearance) and each
 * article's matching for the analyses that follow the report.
 */
record Scores(Tally total, Map<String, Tally> perCorpus, List<ScoredArticle> articles, int extraPredicted) {

    Figures figures() {
        return total.figures();
    }

    /** geoeval.py's text report: the total, then each corpus if there is more than one. */
    List<String> report() {
        List<String> lines = new ArrayList<>(total.report("ALL (" + articles.size() + " articles)"));
        if (perCorpus.size() > 1) {
            perCorpus.forEach((corpus, tally) -> lines.addAll(tally.report(corpus)));
        }
        return lines;
    }
}
