package org.newsatlas.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predictions against gold as geoeval.py, the corpora's scoring script, does. Articles are paired by id;
 * a gold article without predictions counts as predicting nothing, predicted articles missing from
 * gold are ignored (and counted).
 */
final class Scorer {

    private final TypeFilter filter;

    Scorer(TypeFilter filter) {
        this.filter = filter;
    }

    Scores score(Map<String, Article> gold, Map<String, Article> predicted) {
        Tally total = new Tally();
        Map<String, Tally> perCorpus = new LinkedHashMap<>();
        List<ScoredArticle> articles = new ArrayList<>(gold.size());
        for (Article article : gold.values()) {
            List<Toponym> goldSpans = Matching.uniqueSpans(article.toponyms(), filter.gold());
            Article prediction = predicted.get(article.id());
            List<Toponym> predictedSpans = prediction == null
                    ? List.of()
                    : Matching.uniqueSpans(prediction.toponyms(), filter.predictions());
            total.add(goldSpans, predictedSpans);
            perCorpus.computeIfAbsent(article.corpus(), corpus -> new Tally()).add(goldSpans, predictedSpans);
            articles.add(new ScoredArticle(article, goldSpans, predictedSpans,
                    Matching.overlap(goldSpans, predictedSpans)));
        }
        int extra = (int) predicted.keySet().stream().filter(id -> !gold.containsKey(id)).count();
        return new Scores(total, perCorpus, articles, extra);
    }
}
