package org.newsatlas.imports;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the app's imports in the database: a job when it starts, every {@link #SAVE_EVERY} while it
 * runs (its counts and new rejections), and when it ends. The regular saves tell a running job from
 * one whose process died: a row left "running" and not saved for {@link #STALE_AFTER} was interrupted.
 * Saving is bookkeeping: when it fails, the import goes on and the log says why.
 */
@Component
class ImportRecords implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRecords.class);
    static final Duration SAVE_EVERY = Duration.ofSeconds(2);
    /** Five missed saves: a busy database delays one, not five. */
    static final Duration STALE_AFTER = SAVE_EVERY.multipliedBy(5);

    private final ImportJobStore store;
    private final Clock clock;
    /** The running jobs kept here, and how many of their rejections are saved. */
    private final Map<ImportJob, Integer> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService saves;

    ImportRecords(ImportJobStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.saves = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "import-records");
            thread.setDaemon(true);
            return thread;
        });
        saves.scheduleWithFixedDelay(this::saveRunning, SAVE_EVERY.toMillis(), SAVE_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Jobs a stopped process left running are failed now, not shown as running forever. */
    @EventListener(ApplicationReadyEvent.class)
    void interruptLeftovers() {
        try {
            int interrupted = store.interruptStale(clock.instant().minus(STALE_AFTER));
            if (interrupted > 0) {
                log.info("{} import(s) were interrupted when the app last stopped", interrupted);
            }
        } catch (RuntimeException unexpected) {
            log.warn("Could not mark interrupted imports", unexpected);
        }
    }

    void begin(ImportJob job) {
        running.put(job, 0);
        save(job);
    }

    void end(ImportJob job) {
        save(job);
        running.remove(job);
    }

    /** A stored job still "running" that no process saves any more was interrupted. */
    ImportProgress asSeenNow(ImportJobStore.Stored stored) {
        ImportProgress job = stored.progress();
        if (job.state() != ImportJob.State.RUNNING || stored.updatedAt().isAfter(clock.instant().minus(STALE_AFTER))) {
            return job;
        }
        return new ImportProgress(job.id(), ImportJob.State.FAILED, job.total(), job.done(), job.added(),
                job.duplicates(), job.rejected(), ImportJobStore.INTERRUPTED, job.description(), job.started());
    }

    private void saveRunning() {
        running.keySet().forEach(this::save);
    }

    /** One job at a time, so that a rejection is saved once. */
    private synchronized void save(ImportJob job) {
        Integer saved = running.get(job);
        if (saved == null) {
            return;
        }
        try {
            ImportProgress counts = job.counts();
            List<Rejection> fresh = job.rejectionsFrom(saved);
            store.save(counts, fresh, clock.instant());
            running.replace(job, saved + fresh.size());
        } catch (RuntimeException unexpected) {
            log.warn("Could not save import {}", job.id(), unexpected);
        }
    }

    @Override
    public void destroy() {
        saves.shutdownNow();
    }
}
