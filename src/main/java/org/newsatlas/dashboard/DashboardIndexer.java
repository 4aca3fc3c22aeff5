package org.newsatlas.dashboard;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.newsatlas.articles.ArticleChange;
import org.newsatlas.articles.ArticleChanged;
import org.newsatlas.articles.ArticleQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the dashboard index in step with the database by following the article change log: at
 * once after a change committed in this process, every few seconds for changes made by others
 * (an import on the command line), and from where it stopped after a restart or a crash.
 */
@Component
class DashboardIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DashboardIndexer.class);
    /** Articles read and indexed per step: small enough to keep memory flat, large enough to be quick. */
    static final int BATCH = 250;
    /** How long a writer waits for the index before answering anyway (the poll catches up later). */
    static final long WAIT_FOR_INDEX_MILLIS = 2000;

    private final DashboardProperties properties;
    private final ArticleQueries articles;
    private final IndexFeed feed;
    private final PlaceDirectory places;
    private final DashboardIndex index;
    private final ReentrantLock lock = new ReentrantLock();
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    DashboardIndexer(DashboardProperties properties, DashboardIndex index, ArticleQueries articles, IndexFeed feed,
                     PlaceDirectory places) {
        this.properties = properties;
        this.index = index;
        this.articles = articles;
        this.feed = feed;
        this.places = places;
    }

    DashboardIndex index() {
        return index;
    }

    /** How far the index is behind the database: 0 when it holds every change. */
    long pendingChanges() {
        return Math.max(0, articles.latestRevision() - index.appliedRevision());
    }

    /**
     * After a change committed here, the index takes it in before the writer answers, so that what
     * a person just added is on the dashboard when they look. If a long catch-up is under way
     * (after a restart) the writer does not wait for it: that catch-up takes the change in too.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void articleChanged(ArticleChanged change) {
        // a transaction that stored many articles sends one event each; the first catch-up takes all in
        if (!running || index.appliedRevision() >= change.revision()) {
            return;
        }
        try {
            if (lock.tryLock(WAIT_FOR_INDEX_MILLIS, TimeUnit.MILLISECONDS)) {
                try {
                    catchUpLocked();
                } finally {
                    lock.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Indexes every change the database holds beyond what the index has. */
    void catchUp() {
        lock.lock();
        try {
            catchUpLocked();
        } finally {
            lock.unlock();
        }
    }

    private void catchUpLocked() {
        List<ArticleChange> changes;
        while (running && !(changes = articles.changesSince(index.appliedRevision(), BATCH)).isEmpty()) {
            Set<Long> ids = new HashSet<>();
            changes.forEach(change -> ids.add(change.articleId()));
            List<IndexedArticle> stored = feed.load(ids);
            stored.forEach(article -> ids.remove(article.id()));
            index.apply(stored, ids, changes.get(changes.size() - 1).revision());
        }
        places.refresh();
    }

    @Override
    public void start() {
        if (index.appliedRevision() > articles.latestRevision()) {
            log.warn("The dashboard index is ahead of the database (another database?): rebuilding it");
            index.clear();
        } else if (index.outdatedLayout()) {
            log.info("The dashboard index was written by an earlier version: rebuilding it");
            index.clear();
        }
        running = true;
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dashboard-indexer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.execute(this::firstCatchUp);
        long poll = properties.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::quietly, poll, poll, TimeUnit.MILLISECONDS);
        long commit = properties.commitInterval().toMillis();
        scheduler.scheduleWithFixedDelay(index::commit, commit, commit, TimeUnit.MILLISECONDS);
    }

    private void firstCatchUp() {
        long pending = pendingChanges();
        if (pending > BATCH) {
            log.info("Bringing the dashboard index up to date: {} changes", pending);
        }
        long started = System.nanoTime();
        quietly();
        index.commit();
        if (pending > BATCH) {
            log.info("Dashboard index up to date in {} s", (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    private void quietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            // the next poll tries again; the database is the record, so nothing is lost
            log.warn("Dashboard index update failed: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler != null) {
            // no interrupt: Lucene's writer must not be interrupted mid-write
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            index.commit();
            index.close();
        } catch (IOException e) {
            log.warn("Could not close the dashboard index: {}", e.toString());
        }
    }

    @Override
    public boolean isAutoStartup() {
        return properties.indexing();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
