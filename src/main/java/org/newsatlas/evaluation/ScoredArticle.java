package org.newsatlas.evaluation;

import java.util.List;

/** One article as scored: its unique, filtered gold and predicted spans and the overlap matching. */
record ScoredArticle(Article gold, List<Toponym> goldSpans, List<Toponym> predictedSpans, List<Match> overlap) {
}
