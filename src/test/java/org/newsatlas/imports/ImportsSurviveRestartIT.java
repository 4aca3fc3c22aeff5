package org.newsatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.NewsAtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A restart is a new process: new in-memory jobs (an empty {@link ImportJobs}) over the same
 * database. What the old process saved must be all the new one needs.
 */
@NewsAtlasTest
@AutoConfigureMockMvc
class ImportsSurviveRestartIT {

    @Autowired
    ImportEngine engine;

    @Autowired
    ImportJobStore store;

    @Autowired
    ImportProperties properties;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    private ImportHistory afterRestart(ImportRecords records) {
        return new ImportHistory(new ImportJobs(properties, clock), store, records, properties);
    }

    private static ImportProgress running(String description, Instant started) {
        return new ImportProgress(UUID.randomUUID().toString(), ImportJob.State.RUNNING, 10, 4, 3, 0,
                List.of(), null, description, started);
    }

    @Test
    void a_finished_job_keeps_its_counts_and_rejected_items_after_a_restart(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("kept.txt"), "Kept\nRestartMarkerKept stayed in Tunisia.");
        Files.writeString(folder.resolve("empty.txt"), "");
        // the engine records a job's end after its counts read finished: wait for what runs after that
        CountDownLatch recorded = new CountDownLatch(1);
        ImportJob job = engine.start(List.of(new ImportInput(folder, "restart-folder")), null, recorded::countDown);
        recorded.await(60, TimeUnit.SECONDS);
        ImportRecords records = new ImportRecords(store, clock);
        try {
            ImportProgress restored = afterRestart(records).find(job.id()).orElseThrow();

            assertThat(restored.state()).isEqualTo(ImportJob.State.DONE);
            assertThat(restored.total()).isEqualTo(2);
            assertThat(restored.done()).isEqualTo(2);
            assertThat(restored.added() + restored.duplicates()).isEqualTo(1);
            assertThat(restored.rejected()).singleElement().satisfies(rejection -> {
                assertThat(rejection.item()).endsWith("empty.txt");
                assertThat(rejection.reason()).isEqualTo(job.progress().rejected().get(0).reason());
            });
            assertThat(afterRestart(records).recentCounts()).extracting(ImportProgress::id).contains(job.id());
        } finally {
            records.destroy();
        }
    }

    @Test
    void a_job_left_running_by_a_stopped_app_is_failed_as_interrupted_and_one_saved_just_now_is_not() throws Exception {
        Instant now = clock.instant();
        ImportProgress abandoned = running("abandoned.zip", now.minus(Duration.ofMinutes(5)));
        store.save(abandoned, List.of(new Rejection("abandoned.zip!/a.txt", "The file is empty.")),
                now.minus(Duration.ofMinutes(4)));
        ImportProgress alive = running("alive.zip", now);
        store.save(alive, List.of(), now);
        ImportRecords records = new ImportRecords(store, clock);
        try {
            records.interruptLeftovers();
            ImportHistory history = afterRestart(records);

            ImportProgress interrupted = history.find(abandoned.id()).orElseThrow();
            assertThat(interrupted.state()).isEqualTo(ImportJob.State.FAILED);
            assertThat(interrupted.failure()).isEqualTo("interrupted (the app stopped)");
            assertThat(interrupted.added()).isEqualTo(3);
            assertThat(interrupted.rejected()).containsExactly(new Rejection("abandoned.zip!/a.txt", "The file is empty."));
            assertThat(history.find(alive.id()).orElseThrow().state()).as("saved moments ago: still running")
                    .isEqualTo(ImportJob.State.RUNNING);
        } finally {
            records.destroy();
        }

        mvc.perform(get("/api/imports/{id}", abandoned.id()))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"state": "failed", "total": 10, "done": 4, "added": 3, "duplicates": 0,
                         "rejected": [{"item": "abandoned.zip!/a.txt", "reason": "The file is empty."}]}""", true));
    }

    @Test
    void a_stored_job_that_stopped_saving_reads_as_interrupted_even_before_the_next_start() {
        Instant now = clock.instant();
        ImportProgress stale = running("stale.zip", now.minus(Duration.ofMinutes(3)));
        store.save(stale, List.of(), now.minus(Duration.ofMinutes(2)));
        ImportRecords records = new ImportRecords(store, clock);
        try {
            ImportProgress seen = afterRestart(records).find(stale.id()).orElseThrow();

            assertThat(seen.state()).isEqualTo(ImportJob.State.FAILED);
            assertThat(seen.failure()).isEqualTo("interrupted (the app stopped)");
        } finally {
            records.destroy();
        }
    }
}
