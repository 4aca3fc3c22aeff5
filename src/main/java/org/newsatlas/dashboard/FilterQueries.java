package org.newsatlas.dashboard;

import java.util.Collection;
import java.util.function.Function;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.newsatlas.gazetteer.PlaceKind;
import org.newsatlas.search.TextQueries;

/**
 * A dashboard filter as two Lucene queries: the articles it keeps, and the mentions it counts
 * (mentions that pass the mention conditions, inside articles that pass the article conditions).
 */
final class FilterQueries {

    static final Query ARTICLES = new TermQuery(new Term(ArticleBlocks.TYPE, ArticleBlocks.ARTICLE));
    static final Query MENTIONS = new TermQuery(new Term(ArticleBlocks.TYPE, ArticleBlocks.MENTION));
    /** Which documents are articles; Lucene caches the bit set per segment. */
    static final BitSetProducer PARENTS = new QueryBitSetProducer(ARTICLES);

    private final TextQueries text;

    FilterQueries(TextQueries text) {
        this.text = text;
    }

    Query articles(DashboardFilter filter) {
        BooleanQuery.Builder query = articleConditions(filter);
        if (filter.hasMentionConditions()) {
            Query mentions = mentionConditions(filter).build();
            query.add(new ToParentBlockJoinQuery(mentions, PARENTS, ScoreMode.None), Occur.FILTER);
        }
        return query.build();
    }

    Query mentions(DashboardFilter filter) {
        BooleanQuery.Builder query = mentionConditions(filter);
        if (filter.hasArticleConditions()) {
            query.add(new ToChildBlockJoinQuery(articleConditions(filter).build(), PARENTS), Occur.FILTER);
        }
        return query.build();
    }

    private BooleanQuery.Builder articleConditions(DashboardFilter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(ARTICLES, Occur.FILTER);
        if (filter.from() != null || filter.to() != null) {
            int from = filter.from() == null ? Integer.MIN_VALUE : (int) filter.from().toEpochDay();
            int to = filter.to() == null ? Integer.MAX_VALUE : (int) filter.to().toEpochDay();
            query.add(IntPoint.newRangeQuery(ArticleBlocks.DAY, from, to), Occur.FILTER);
        }
        if (filter.query() != null) {
            query.add(text.parse(filter.query(), ArticleBlocks.TEXT).orElse(new MatchNoDocsQuery("nothing to search")), Occur.FILTER);
        }
        addAnyOf(query, ArticleBlocks.SOURCE, filter.sources(), s -> s);
        addAnyOf(query, ArticleBlocks.LANGUAGE, filter.languages(), s -> s);
        if (filter.placeId() != null) {
            Query place = new BooleanQuery.Builder()
                    .add(MENTIONS, Occur.FILTER)
                    .add(LongPoint.newExactQuery(ArticleBlocks.PLACE, filter.placeId()), Occur.FILTER)
                    .build();
            query.add(new ToParentBlockJoinQuery(place, PARENTS, ScoreMode.None), Occur.FILTER);
        }
        return query;
    }

    private static BooleanQuery.Builder mentionConditions(DashboardFilter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(MENTIONS, Occur.FILTER);
        addAnyOf(query, ArticleBlocks.COUNTRY, filter.countries(), CountryCodes::normalize);
        addAnyOf(query, ArticleBlocks.KIND, filter.kinds(), PlaceKind::key);
        if (filter.minConfidence() != null) {
            query.add(DoublePoint.newRangeQuery(ArticleBlocks.CONFIDENCE, filter.minConfidence(),
                    Double.POSITIVE_INFINITY), Occur.FILTER);
        }
        return query;
    }

    private static <T> void addAnyOf(BooleanQuery.Builder query, String field, Collection<T> values,
                                     Function<T, String> term) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(value -> any.add(new TermQuery(new Term(field, term.apply(value))), Occur.SHOULD));
        query.add(any.build(), Occur.FILTER);
    }
}
