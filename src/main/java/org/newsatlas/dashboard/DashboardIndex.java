package org.newsatlas.dashboard;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newsatlas.search.TextQueries;

/**
 * The dashboard's Lucene index: a derived copy of the stored articles and mentions, built for
 * filtering and counting. The database stays the record; the index remembers up to which change
 * (revision) it holds the database's state, so that after a crash it catches up from there.
 */
final class DashboardIndex implements Closeable {

    private static final String REVISION = "revision";
    private static final String LAYOUT = "layout";
    /**
     * What the documents hold; an index written with another layout is rebuilt at start. 2: each
     * mention says whether it is in doubt ({@link ArticleBlocks#DOUBTFUL}).
     */
    static final String CURRENT_LAYOUT = "2";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FilterQueries filters;
    private volatile long appliedRevision;
    private volatile String layout;

    private DashboardIndex(Directory directory, TextQueries text) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(text.analyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(true);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        this.filters = new FilterQueries(text);
        this.appliedRevision = Long.parseLong(committed(writer, REVISION, "0"));
        this.layout = committed(writer, LAYOUT, appliedRevision == 0 ? CURRENT_LAYOUT : "1");
    }

    /** Whether the documents were written with an earlier layout and lack what the queries now read. */
    boolean outdatedLayout() {
        return !CURRENT_LAYOUT.equals(layout);
    }

    static DashboardIndex open(Path folder, TextQueries text) throws IOException {
        return new DashboardIndex(FSDirectory.open(folder), text);
    }

    static DashboardIndex inMemory(TextQueries text) throws IOException {
        return new DashboardIndex(new ByteBuffersDirectory(), text);
    }

    /** The last change whose state the index holds (0 for a new index). */
    long appliedRevision() {
        return appliedRevision;
    }

    /** Replaces the given articles, removes the deleted ones, and notes that it is at {@code revision}. */
    synchronized void apply(Collection<IndexedArticle> upserts, Collection<Long> deletes, long revision) {
        try {
            for (IndexedArticle article : upserts) {
                writer.updateDocuments(ArticleBlocks.key(article.id()), ArticleBlocks.block(article));
            }
            for (Long id : deletes) {
                writer.deleteDocuments(ArticleBlocks.key(id));
            }
            if (revision > appliedRevision) {
                appliedRevision = revision;
                writer.setLiveCommitData(Map.of(REVISION, Long.toString(revision), LAYOUT, layout).entrySet());
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("could not update the dashboard index", e);
        }
    }

    /** Writes what was applied to disk; until then a crash loses it (and the catch-up redoes it). */
    synchronized void commit() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not commit the dashboard index", e);
        }
    }

    /** Empties the index, for a rebuild from scratch. */
    synchronized void clear() {
        try {
            writer.deleteAll();
            appliedRevision = 0;
            layout = CURRENT_LAYOUT;
            writer.setLiveCommitData(Map.of(REVISION, "0", LAYOUT, layout).entrySet());
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear the dashboard index", e);
        }
    }

    MentionCounts counts(DashboardFilter filter) {
        return search(searcher -> MentionCounter.count(searcher, filters.mentions(filter),
                searcher.count(filters.articles(filter))));
    }

    List<TimeBucket> timeline(DashboardFilter filter, BucketSize size) {
        return search(searcher -> TimelineCounter.count(searcher, filters.articles(filter), filters.mentions(filter), size));
    }

    ArticlePage articles(DashboardFilter filter, int offset, int limit) {
        return search(searcher -> ArticleSearch.page(searcher, filters.articles(filter), offset, limit));
    }

    long articleCount(DashboardFilter filter) {
        return search(searcher -> (long) searcher.count(filters.articles(filter)));
    }

    /** Ids of the mentions a filter keeps, article by article: what an export writes. */
    List<Long> mentionIds(DashboardFilter filter) {
        return search(searcher -> IndexValues.longs(searcher, filters.mentions(filter), ArticleBlocks.MENTION_ID));
    }

    /** Ids of every indexed article: to find what the database no longer has. */
    Set<Long> articleIds() {
        return search(searcher -> new HashSet<>(IndexValues.longs(searcher, FilterQueries.ARTICLES, ArticleBlocks.ID)));
    }

    /** The distinct values of an article field (sources, languages) with how many articles have each. */
    Map<String, Integer> terms(String field) {
        return search(searcher -> IndexValues.terms(searcher, field));
    }

    /** A number that changes whenever what searches see changes: for caching answers. */
    long version() {
        return search(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    }

    private interface Search<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T search(Search<T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not search the dashboard index", e);
        }
    }

    private static String committed(IndexWriter writer, String key, String absent) {
        for (Map.Entry<String, String> entry : writer.getLiveCommitData() == null ? Set.<Map.Entry<String, String>>of()
                : iterable(writer.getLiveCommitData())) {
            if (key.equals(entry.getKey())) {
                return entry.getValue();
            }
        }
        return absent;
    }

    private static <T> Set<T> iterable(Iterable<T> values) {
        Set<T> set = new HashSet<>();
        values.forEach(set::add);
        return set;
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
