package org.newsatlas.dashboard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/** Plain values read out of the index: ids of what a query keeps, the distinct values of a field. */
final class IndexValues {

    private IndexValues() {
    }

    /** A numeric field of every document the query keeps, in index order. */
    static List<Long> longs(IndexSearcher searcher, Query query, String field) throws IOException {
        List<Long> values = new ArrayList<>();
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            NumericDocValues docValues = leaf.reader().getNumericDocValues(field);
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (docValues != null && docValues.advanceExact(doc)) {
                    values.add(docValues.longValue());
                }
            }
        }
        return values;
    }

    /** The distinct values of a keyword field with how many live documents have each. */
    static Map<String, Integer> terms(IndexSearcher searcher, String field) throws IOException {
        Map<String, Integer> values = new TreeMap<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
        if (terms == null) {
            return values;
        }
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            int live = searcher.count(new TermQuery(new Term(field, BytesRef.deepCopyOf(term))));
            if (live > 0) {
                values.put(term.utf8ToString(), live);
            }
        }
        return values;
    }
}
