package org.newsatlas.cli;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.newsatlas.imports.ImportJob;
import org.newsatlas.imports.ImportProgress;

/** Items done, articles per second and time left on stderr, redrawn from the job's counts. */
final class ImportProgressBar implements AutoCloseable {

    private static final long REDRAW_MILLIS = 500;

    private final ProgressBar bar;
    private final Thread watcher;
    private final ImportJob job;

    private ImportProgressBar(ProgressBar bar, ImportJob job) {
        this.bar = bar;
        this.job = job;
        this.watcher = new Thread(this::watch, "import-progress");
        this.watcher.setDaemon(true);
    }

    static ImportProgressBar start(ImportJob job, long expected, PrintStream err) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("import")
                .setInitialMax(Math.max(1, expected))
                .setUnit(" articles", 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setUpdateIntervalMillis((int) REDRAW_MILLIS)
                .setConsumer(new ConsoleProgressBarConsumer(err, 110))
                .build();
        ImportProgressBar progress = new ImportProgressBar(bar, job);
        progress.watcher.start();
        return progress;
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                update();
                Thread.sleep(REDRAW_MILLIS);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void update() {
        ImportProgress counts = job.counts();
        if (counts.total() > bar.getMax()) {
            bar.maxHint(counts.total());
        }
        bar.stepTo(counts.done());
    }

    @Override
    public void close() throws InterruptedException {
        watcher.interrupt();
        watcher.join();
        ImportProgress counts = job.counts();
        bar.maxHint(counts.total());
        bar.stepTo(counts.done());
        bar.close();
    }
}
