package org.newsatlas.dashboard;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSet;

/**
 * Articles and mentions per day under a filter, folded into buckets. Buckets between the first
 * and the last one that hold something are listed too (with zeros), so that a chart of them has
 * no holes.
 */
final class TimelineCounter {

    private TimelineCounter() {
    }

    static List<TimeBucket> count(IndexSearcher searcher, Query articleQuery, Query mentionQuery, BucketSize size)
            throws IOException {
        Map<Integer, int[]> byDay = new TreeMap<>();
        countArticles(searcher, articleQuery, byDay);
        countMentions(searcher, mentionQuery, byDay);
        Map<LocalDate, int[]> buckets = new TreeMap<>();
        byDay.forEach((day, counts) -> {
            int[] bucket = buckets.computeIfAbsent(size.startOf(LocalDate.ofEpochDay(day)), start -> new int[2]);
            bucket[0] += counts[0];
            bucket[1] += counts[1];
        });
        List<TimeBucket> timeline = new ArrayList<>();
        if (buckets.isEmpty()) {
            return timeline;
        }
        LocalDate last = ((TreeMap<LocalDate, int[]>) buckets).lastKey();
        for (LocalDate start = ((TreeMap<LocalDate, int[]>) buckets).firstKey(); !start.isAfter(last);
             start = size.next(start)) {
            int[] counts = buckets.getOrDefault(start, new int[2]);
            timeline.add(new TimeBucket(start, counts[0], counts[1]));
        }
        return timeline;
    }

    private static void countArticles(IndexSearcher searcher, Query articleQuery, Map<Integer, int[]> byDay)
            throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(articleQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            NumericDocValues days = leaf.reader().getNumericDocValues(ArticleBlocks.DAY);
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (days.advanceExact(doc)) {
                    byDay.computeIfAbsent((int) days.longValue(), day -> new int[2])[0]++;
                }
            }
        }
    }

    private static void countMentions(IndexSearcher searcher, Query mentionQuery, Map<Integer, int[]> byDay)
            throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(mentionQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            BitSet parents = FilterQueries.PARENTS.getBitSet(leaf);
            NumericDocValues days = leaf.reader().getNumericDocValues(ArticleBlocks.DAY);
            DocIdSetIterator docs = scorer.iterator();
            int lastParent = -1;
            int[] counts = null;
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                int parent = parents.nextSetBit(doc);
                if (parent != lastParent) {
                    lastParent = parent;
                    counts = days.advanceExact(parent)
                            ? byDay.computeIfAbsent((int) days.longValue(), day -> new int[2]) : null;
                }
                if (counts != null) {
                    counts[1]++;
                }
            }
        }
    }
}
