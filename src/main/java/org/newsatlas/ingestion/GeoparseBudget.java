package org.newsatlas.ingestion;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.newsatlas.geoparser.GeoparsedText;
import org.newsatlas.geoparser.Geoparser;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Holds every geoparse to a time budget, so that no input keeps a core busy for long: when the
 * time is up an alarm interrupts the thread, the geoparser stops at its next checkpoint, and the
 * article is refused with a message. The parse runs on the caller's thread (no queue in between
 * whose wait would count against the article).
 */
@Component
class GeoparseBudget implements DisposableBean {

    private final Duration time;
    private final ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "geoparse-alarm");
        thread.setDaemon(true);
        return thread;
    });

    GeoparseBudget(IngestionProperties limits) {
        this.time = limits.geoparseTime();
    }

    GeoparsedText parse(Geoparser geoparser, String text) {
        // the wait for a geoparser still loading after start-up is not the article's to pay for
        geoparser.awaitReady();
        Alarm alarm = new Alarm(Thread.currentThread());
        ScheduledFuture<?> scheduled = alarms.schedule(alarm::ring, time.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return geoparser.parse(text);
        } catch (CancellationException stopped) {
            if (alarm.rang()) {
                throw new UploadRejected(("Reading this article for places took longer than %s, so it was "
                        + "stopped and nothing was stored. Very long texts, or texts without sentences or with "
                        + "very long words, do this: split it into smaller articles.").formatted(seconds(time)));
            }
            throw stopped;
        } finally {
            scheduled.cancel(false);
            if (alarm.silence()) {
                // the alarm's interrupt was meant for the parse, not for whatever the thread does next
                Thread.interrupted();
            }
        }
    }

    private static String seconds(Duration time) {
        long millis = time.toMillis();
        return millis % 1000 == 0 ? "%d s".formatted(millis / 1000) : "%.1f s".formatted(millis / 1000.0);
    }

    @Override
    public void destroy() {
        alarms.shutdownNow();
    }

    /** Interrupts one parse once, unless silenced first; silencing says whether it rang. */
    private static final class Alarm {

        private final Thread parsing;
        private boolean silenced;
        private boolean rang;

        Alarm(Thread parsing) {
            this.parsing = parsing;
        }

        synchronized void ring() {
            if (!silenced) {
                rang = true;
                parsing.interrupt();
            }
        }

        synchronized boolean rang() {
            return rang;
        }

        synchronized boolean silence() {
            silenced = true;
            return rang;
        }
    }
}
