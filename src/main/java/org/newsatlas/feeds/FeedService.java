package org.newsatlas.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Service;

/**
 * Polls the configured feeds on a schedule and when asked, one poll at a time on one background thread,
 * and keeps the report of the last poll. Fetching and geoparsing run on that thread, never in a request.
 */
@Service
public class FeedService implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedService.class);
    /** The first scheduled poll waits for start-up to settle (gazetteer, index catch-up). */
    static final Duration FIRST_POLL_DELAY = Duration.ofSeconds(30);
    /** How long a shutdown waits for the item being taken in; the poll stops before the next one. */
    private static final int SHUTDOWN_WAIT_SECONDS = 5;

    private final FeedIntake intake;
    private final FeedSettings settings;
    private final Clock clock;
    private final AtomicBoolean pollPending = new AtomicBoolean();
    private final AtomicReference<PollReport> lastPoll = new AtomicReference<>();
    private volatile boolean stopping;
    private ThreadPoolTaskScheduler scheduler;

    FeedService(FeedIntake intake, FeedSettings settings, Clock clock) {
        this.intake = intake;
        this.settings = settings;
        this.clock = clock;
    }

    public List<String> feeds() {
        return settings.urls();
    }

    public Duration interval() {
        return settings.interval();
    }

    public Optional<PollReport> lastPoll() {
        return Optional.ofNullable(lastPoll.get());
    }

    /** True while a poll is queued or running. */
    public boolean polling() {
        return pollPending.get();
    }

    /** Starts a poll of the configured feeds in the background; false when one is already queued or running. */
    public boolean requestPoll() {
        if (scheduler == null || !pollPending.compareAndSet(false, true)) {
            return false;
        }
        scheduler.execute(this::pollConfigured);
        return true;
    }

    /** Polls one feed now, in the caller's thread (the add dialog's "fetch once now"). */
    public FeedReport pollOnce(String url) {
        return intake.poll(url, () -> stopping);
    }

    /** Polls every configured feed in turn and keeps the report. */
    PollReport pollConfigured() {
        pollPending.set(true);
        try {
            Instant started = clock.instant();
            List<FeedReport> reports = settings.urls().stream()
                    .takeWhile(url -> !stopping)
                    .map(url -> intake.poll(url, () -> stopping))
                    .toList();
            PollReport report = new PollReport(started, clock.instant(), reports);
            lastPoll.set(report);
            log.info("Polled {} feed(s): {} added, {} problem(s)", reports.size(),
                    reports.stream().mapToInt(FeedReport::added).sum(),
                    reports.stream().mapToInt(r -> r.rejected() + (r.error() == null ? 0 : 1)).sum());
            return report;
        } finally {
            pollPending.set(false);
        }
    }

    @Override
    public void start() {
        stopping = false;
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("feeds-");
        scheduler.setDaemon(true);
        // never interrupt a poll: an interrupt inside the embedded database closes its file for everyone
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(SHUTDOWN_WAIT_SECONDS);
        scheduler.initialize();
        if (!settings.urls().isEmpty()) {
            scheduler.scheduleWithFixedDelay(this::scheduledPoll, clock.instant().plus(FIRST_POLL_DELAY),
                    settings.interval());
            log.info("Polling {} feed(s) every {}", settings.urls().size(), settings.interval());
        }
    }

    private void scheduledPoll() {
        if (pollPending.compareAndSet(false, true)) {
            try {
                pollConfigured();
            } catch (RuntimeException e) {
                // a scheduled task that throws is never run again
                log.error("Feed poll failed", e);
            }
        }
    }

    @Override
    public void stop() {
        stopping = true;
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
