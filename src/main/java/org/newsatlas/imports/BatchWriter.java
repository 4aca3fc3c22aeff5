package org.newsatlas.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.newsatlas.ingestion.ArticleBatches;
import org.newsatlas.ingestion.IngestionResult;
import org.newsatlas.ingestion.PreparedArticle;

/**
 * Stores what the workers parsed, a batch per transaction, on one thread: the database takes one
 * writer at a time anyway, and parsing (the slow part) goes on meanwhile. An article is counted as
 * added only when its batch has committed.
 */
final class BatchWriter implements Runnable {

    /** How long a part-filled batch waits for more before it is stored anyway. */
    private static final long LINGER_MILLIS = 200;

    private record Pending(String item, PreparedArticle.Parsed article) {
    }

    private static final Pending END = new Pending(null, null);

    private final ArticleBatches batches;
    private final ImportJob job;
    private final int batchSize;
    private final BlockingQueue<Pending> queue;

    BatchWriter(ArticleBatches batches, ImportJob job, int batchSize) {
        this.batches = batches;
        this.job = job;
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(batchSize * 2);
    }

    /** Hands an article over; waits while the writer is behind, gives up when the job failed. */
    void offer(String item, PreparedArticle.Parsed article) throws InterruptedException {
        Pending pending = new Pending(item, article);
        while (!queue.offer(pending, LINGER_MILLIS, TimeUnit.MILLISECONDS)) {
            if (job.hasFailed()) {
                return;
            }
        }
    }

    /** Called after the last offer: the writer stores what is left and stops. */
    void finish() throws InterruptedException {
        while (!queue.offer(END, LINGER_MILLIS, TimeUnit.MILLISECONDS)) {
            if (job.hasFailed()) {
                return;
            }
        }
    }

    @Override
    public void run() {
        List<Pending> batch = new ArrayList<>(batchSize);
        try {
            boolean ended = false;
            while (!ended) {
                Pending next = queue.poll(LINGER_MILLIS, TimeUnit.MILLISECONDS);
                while (next != null && next != END && batch.size() < batchSize) {
                    batch.add(next);
                    next = batch.size() < batchSize ? queue.poll(LINGER_MILLIS, TimeUnit.MILLISECONDS) : null;
                }
                ended = next == END;
                if (!batch.isEmpty()) {
                    store(batch);
                    batch.clear();
                }
            }
        } catch (InterruptedException stopped) {
            job.failed("the import was stopped");
            Thread.currentThread().interrupt();
        } catch (RuntimeException storeFailed) {
            job.failed("the database refused the articles: " + storeFailed.getMessage());
        }
    }

    private void store(List<Pending> batch) {
        List<IngestionResult> results = batches.storeAll(batch.stream().map(Pending::article).toList());
        for (IngestionResult result : results) {
            if (result.duplicate()) {
                job.duplicate();
            } else {
                job.added();
            }
        }
    }
}
