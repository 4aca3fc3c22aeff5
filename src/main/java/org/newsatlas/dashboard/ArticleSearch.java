package org.newsatlas.dashboard;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/** The article list: the articles a filter keeps, newest first (then highest id), a page at a time. */
final class ArticleSearch {

    static final Sort NEWEST_FIRST = new Sort(new SortField(ArticleBlocks.DAY, SortField.Type.INT, true),
            new SortField(ArticleBlocks.ID, SortField.Type.LONG, true));

    private ArticleSearch() {
    }

    static ArticlePage page(IndexSearcher searcher, Query articleQuery, int offset, int limit) throws IOException {
        int wanted = Math.max(1, offset + limit);
        TopDocs top = searcher.search(articleQuery,
                new TopFieldCollectorManager(NEWEST_FIRST, wanted, null, Integer.MAX_VALUE, false));
        StoredFields stored = searcher.storedFields();
        List<ArticleRow> rows = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length && rows.size() < limit; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            rows.add(row(stored.document(hit.doc)));
        }
        return new ArticlePage(top.totalHits.value, rows);
    }

    /** Ids of every article the query keeps, in index order: for exports. */
    static List<Long> ids(IndexSearcher searcher, Query articleQuery) throws IOException {
        TopDocs top = searcher.search(articleQuery, new TopFieldCollectorManager(NEWEST_FIRST,
                Math.max(1, searcher.count(articleQuery)), null, Integer.MAX_VALUE, false));
        StoredFields stored = searcher.storedFields();
        List<Long> ids = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            ids.add(stored.document(hit.doc).getField(ArticleBlocks.ID).numericValue().longValue());
        }
        return ids;
    }

    private static ArticleRow row(Document doc) {
        IndexableField published = doc.getField(ArticleBlocks.PUBLISHED);
        return new ArticleRow(
                doc.getField(ArticleBlocks.ID).numericValue().longValue(),
                doc.get(ArticleBlocks.TITLE),
                published == null ? null : Instant.parse(published.stringValue()),
                LocalDate.ofEpochDay(doc.getField(ArticleBlocks.DAY).numericValue().intValue()),
                doc.get(ArticleBlocks.SOURCE),
                doc.get(ArticleBlocks.LANGUAGE),
                doc.getField(ArticleBlocks.PLACE_COUNT).numericValue().intValue(),
                doc.getField(ArticleBlocks.MENTION_COUNT).numericValue().intValue());
    }
}
