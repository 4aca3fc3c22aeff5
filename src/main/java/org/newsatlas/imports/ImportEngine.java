package org.newsatlas.imports;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsatlas.imports.read.ImportReader;
import org.newsatlas.imports.read.ReadItem;
import org.newsatlas.ingestion.ArticleBatches;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.ExtractedText;
import org.newsatlas.ingestion.IngestionService;
import org.newsatlas.ingestion.PreparedArticle;
import org.newsatlas.ingestion.UploadRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Runs imports: one thread reads the files, a pool of workers extracts and checks each item and
 * reads it for places (outside any transaction, each under the ingestion time budget), and one
 * writer stores the results in batches. Few items are in flight at once, so memory stays flat
 * however large the import. A text already stored is a duplicate and is not parsed again, which
 * makes an interrupted import safe to run again.
 */
@Service
public class ImportEngine implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportEngine.class);
    /** Items in flight per worker: enough to keep every worker busy while the reader waits on a file. */
    private static final int IN_FLIGHT_PER_WORKER = 4;
    /** File names a job's description lists before "and N more". */
    private static final int SHOWN_NAMES = 3;

    private final ImportReader reader;
    private final IngestionService ingestion;
    private final ArticleBatches batches;
    private final ImportJobs jobs;
    private final ImportProperties properties;
    private final ImportRecords records;
    private final ExecutorService workers;
    private final ExecutorService runners;

    ImportEngine(ImportReader reader, IngestionService ingestion, ArticleBatches batches, ImportJobs jobs,
                 ImportProperties properties, ImportRecords records) {
        this.records = records;
        this.reader = reader;
        this.ingestion = ingestion;
        this.batches = batches;
        this.jobs = jobs;
        this.properties = properties;
        AtomicInteger serial = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(properties.workerThreads(),
                daemon(() -> "import-worker-" + serial.incrementAndGet()));
        this.runners = Executors.newCachedThreadPool(daemon(() -> "import-job-" + serial.incrementAndGet()));
    }

    /**
     * Starts an import in the background, kept in the database so that its results outlive a restart;
     * {@code afterwards} runs when it has ended (to delete uploads).
     */
    public ImportJob start(List<ImportInput> inputs, String source, Runnable afterwards) {
        ImportJob job = jobs.create(describe(inputs));
        records.begin(job);
        runners.execute(() -> {
            try {
                run(job, inputs, source);
            } finally {
                records.end(job);
                afterwards.run();
            }
        });
        return job;
    }

    /** Runs an import on this thread (the command line); the job is there to be watched meanwhile. */
    public ImportJob newJob() {
        return jobs.create("the command line");
    }

    /** The names of the first few inputs, for the imports page. */
    static String describe(List<ImportInput> inputs) {
        List<String> names = inputs.stream().map(ImportInput::name).toList();
        String shown = String.join(", ", names.subList(0, Math.min(SHOWN_NAMES, names.size())));
        String more = names.size() > SHOWN_NAMES ? " and %d more".formatted(names.size() - SHOWN_NAMES) : "";
        return "%d file%s: %s%s".formatted(names.size(), names.size() == 1 ? "" : "s", shown, more);
    }

    public void run(ImportJob job, List<ImportInput> inputs, String source) {
        BatchWriter writer = new BatchWriter(batches, job, properties.batchSize());
        Thread writing = new Thread(writer, "import-writer");
        writing.start();
        Semaphore inFlight = new Semaphore(properties.workerThreads() * IN_FLIGHT_PER_WORKER);
        Phaser pending = new Phaser(1);
        try {
            for (ImportInput input : inputs) {
                reader.read(input.path(), input.name(), item -> {
                    if (job.hasFailed()) {
                        return;
                    }
                    job.found();
                    if (item instanceof ReadItem.Rejected rejected) {
                        job.rejected(rejected.item(), rejected.reason());
                        return;
                    }
                    inFlight.acquireUninterruptibly();
                    pending.register();
                    workers.execute(() -> {
                        try {
                            prepare(job, item, source, writer);
                        } finally {
                            inFlight.release();
                            pending.arriveAndDeregister();
                        }
                    });
                });
            }
            pending.arriveAndAwaitAdvance();
            writer.finish();
            writing.join();
            job.done();
        } catch (InterruptedException stopped) {
            job.failed("the import was stopped");
            writing.interrupt();
            Thread.currentThread().interrupt();
        } catch (RuntimeException unexpected) {
            log.warn("Import {} failed", job.id(), unexpected);
            job.failed("the import stopped: " + unexpected.getMessage());
            writing.interrupt();
        }
    }

    private void prepare(ImportJob job, ReadItem item, String source, BatchWriter writer) {
        if (job.hasFailed()) {
            return;
        }
        try {
            PreparedArticle prepared = ingestion.prepare(submission(item, source));
            if (prepared instanceof PreparedArticle.Parsed parsed) {
                writer.offer(item.item(), parsed);
            } else {
                job.duplicate();
            }
        } catch (UploadRejected rejected) {
            job.rejected(item.item(), rejected.getMessage());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException unexpected) {
            // one bad item must not end the import; the log has the details for us
            log.warn("Import item {} failed", item.item(), unexpected);
            job.rejected(item.item(), "could not be read (" + unexpected.getClass().getSimpleName() + ")");
        }
    }

    private ArticleSubmission submission(ReadItem item, String source) {
        if (item instanceof ReadItem.Article article) {
            return new ArticleSubmission(article.title(), article.text(), article.publishedAt(),
                    article.source() != null ? article.source() : source);
        }
        ReadItem.Document document = (ReadItem.Document) item;
        ExtractedText extracted = ingestion.extract(document.fileName(), null, document.content());
        String title = document.title() != null ? document.title() : extracted.title();
        Instant published = document.publishedAt();
        return new ArticleSubmission(title, extracted.text(), published,
                document.source() != null ? document.source() : source);
    }

    @Override
    public void destroy() {
        runners.shutdownNow();
        workers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(java.util.function.Supplier<String> names) {
        return runnable -> {
            Thread thread = new Thread(runnable, names.get());
            thread.setDaemon(true);
            return thread;
        };
    }
}
