package org.newsatlas.dashboard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Counts the mentions a query keeps by place and by country, and the distinct articles they sit
 * in, in one pass. A block keeps an article's mentions next to each other, so an article is new to
 * a place exactly when its parent differs from the last one counted for that place.
 */
final class MentionCounter {

    private int[] mentions = new int[1024];
    private int[] articles = new int[1024];
    private int[] doubtful = new int[1024];
    private int[] lastArticle = new int[1024];
    private final int[] countryMentions = new int[CountryCodes.SIZE];
    private final int[] countryArticles = new int[CountryCodes.SIZE];
    private final int[] countryLastArticle = new int[CountryCodes.SIZE];
    private long total;

    private MentionCounter() {
        Arrays.fill(lastArticle, -1);
        Arrays.fill(countryLastArticle, -1);
    }

    static MentionCounts count(IndexSearcher searcher, Query mentionQuery, long articleTotal) throws IOException {
        MentionCounter counter = new MentionCounter();
        Weight weight = searcher.createWeight(searcher.rewrite(mentionQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            counter.countLeaf(weight, leaf);
        }
        return counter.result(articleTotal);
    }

    private void countLeaf(Weight weight, LeafReaderContext leaf) throws IOException {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
            return;
        }
        BitSet parents = FilterQueries.PARENTS.getBitSet(leaf);
        NumericDocValues places = leaf.reader().getNumericDocValues(ArticleBlocks.PLACE);
        NumericDocValues countries = leaf.reader().getNumericDocValues(ArticleBlocks.COUNTRY);
        NumericDocValues doubts = leaf.reader().getNumericDocValues(ArticleBlocks.DOUBTFUL);
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            int article = leaf.docBase + parents.nextSetBit(doc);
            int place = places.advanceExact(doc) ? (int) places.longValue() : 0;
            int country = countries.advanceExact(doc) ? (int) countries.longValue() : 0;
            ensureCapacity(place);
            mentions[place]++;
            if (doubts != null && doubts.advanceExact(doc) && doubts.longValue() != 0) {
                doubtful[place]++;
            }
            if (lastArticle[place] != article) {
                lastArticle[place] = article;
                articles[place]++;
            }
            countryMentions[country]++;
            if (countryLastArticle[country] != article) {
                countryLastArticle[country] = article;
                countryArticles[country]++;
            }
            total++;
        }
    }

    private void ensureCapacity(int place) {
        if (place < mentions.length) {
            return;
        }
        int size = Math.max(place + 1, mentions.length * 2);
        int old = mentions.length;
        mentions = Arrays.copyOf(mentions, size);
        articles = Arrays.copyOf(articles, size);
        doubtful = Arrays.copyOf(doubtful, size);
        lastArticle = Arrays.copyOf(lastArticle, size);
        Arrays.fill(lastArticle, old, size, -1);
    }

    private MentionCounts result(long articleTotal) {
        List<PlaceCount> placeCounts = new ArrayList<>();
        for (int place = 0; place < mentions.length; place++) {
            if (mentions[place] > 0) {
                placeCounts.add(new PlaceCount(place, mentions[place], articles[place], doubtful[place]));
            }
        }
        List<CountryCount> countryCounts = new ArrayList<>();
        for (int country = 0; country < CountryCodes.SIZE; country++) {
            if (countryMentions[country] > 0) {
                countryCounts.add(new CountryCount(CountryCodes.unpack(country), countryMentions[country],
                        countryArticles[country]));
            }
        }
        return new MentionCounts(placeCounts, countryCounts, new Totals(articleTotal, total, placeCounts.size()));
    }
}
