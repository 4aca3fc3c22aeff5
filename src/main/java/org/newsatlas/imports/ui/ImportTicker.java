package org.newsatlas.imports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.newsatlas.base.ui.ArticleArrivals;
import org.newsatlas.imports.ImportHistory;
import org.newsatlas.imports.ImportProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Once a second while an import runs: the open progress bars are updated, and the open maps reload
 * when articles have landed, at most every {@link #MAP_RELOAD_MILLIS} and once when a job ends. A
 * map reload runs the dashboard's queries, so reloading per article would slow the import it shows.
 */
@Component
class ImportTicker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportTicker.class);
    static final long TICK_MILLIS = 1000;
    static final long MAP_RELOAD_MILLIS = 2000;

    private record Watcher(UI ui, Runnable update) {
    }

    private final ImportHistory history;
    private final ArticleArrivals arrivals;
    private final Map<Object, Watcher> watchers = new ConcurrentHashMap<>();
    /** Articles each running job had added when the maps last reloaded. */
    private final Map<String, Integer> announced = new HashMap<>();
    private final Set<String> ended = new HashSet<>();
    private final ScheduledExecutorService ticks;
    private long lastReload;

    ImportTicker(ImportHistory history, ArticleArrivals arrivals) {
        this.history = history;
        this.arrivals = arrivals;
        this.ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "import-ticker");
            thread.setDaemon(true);
            return thread;
        });
        ticks.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Calls {@code update} in the UI, through Push, on every tick while an import runs or has just ended. */
    Registration watch(UI ui, Runnable update) {
        Object key = new Object();
        watchers.put(key, new Watcher(ui, update));
        return () -> watchers.remove(key);
    }

    synchronized void tick() {
        try {
            List<ImportProgress> jobs = history.liveCounts();
            boolean changed = false;
            boolean justEnded = false;
            boolean landed = false;
            for (ImportProgress job : jobs) {
                if (ended.contains(job.id())) {
                    continue;
                }
                changed = true;
                int before = announced.getOrDefault(job.id(), 0);
                landed |= job.added() > before;
                if (job.finished()) {
                    justEnded |= job.added() > before;
                    ended.add(job.id());
                }
            }
            if (landed && (justEnded || System.currentTimeMillis() - lastReload >= MAP_RELOAD_MILLIS)) {
                jobs.forEach(job -> announced.put(job.id(), job.added()));
                lastReload = System.currentTimeMillis();
                arrivals.announce();
            }
            Set<String> known = new HashSet<>(jobs.stream().map(ImportProgress::id).toList());
            ended.retainAll(known);
            announced.keySet().retainAll(known);
            announced.keySet().removeAll(ended);
            if (changed) {
                watchers.values().forEach(ImportTicker::update);
            }
        } catch (RuntimeException unexpected) {
            // a failed tick must not end the ticking: the next one tries again
            log.warn("Import progress tick failed", unexpected);
        }
    }

    private static void update(Watcher watcher) {
        try {
            watcher.ui().access(watcher.update()::run);
        } catch (UIDetachedException closed) {
            // the view's detach listener removes it
        }
    }

    @Override
    public void destroy() {
        ticks.shutdownNow();
    }
}
