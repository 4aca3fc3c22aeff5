package org.newsatlas.geoparser;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app's geoparser: loads the real one (gazetteer and models, seconds) on a thread of its
 * own, so that the app serves pages at once. Until then each call waits for the loading to end:
 * an article posted early is geoparsed a little later, not refused and not lost. Work that needs
 * the geoparser at start-up (the sample article) queues behind the loading on the same thread.
 *
 * <p>The loading may be held back until {@link #beginLoading}: on two cores it otherwise competes
 * with the app's own start-up for the CPU and delays the first page by seconds. A call that needs
 * the geoparser begins the loading at once, so nothing waits for a signal that might not come.
 */
final class BackgroundGeoparser implements Geoparser {

    private static final Logger log = LoggerFactory.getLogger(BackgroundGeoparser.class);

    private final CountDownLatch begin = new CountDownLatch(1);
    private final CountDownLatch loaded = new CountDownLatch(1);
    /** One thread, tasks in order, the loading first; it ends when the queue is empty a while. */
    private final ExecutorService thread = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread loader = new Thread(runnable, "geoparser-loader");
                loader.setDaemon(true);
                return loader;
            });
    private volatile Geoparser geoparser;
    private volatile RuntimeException failure;

    private BackgroundGeoparser() {
    }

    /** Begins loading at once. */
    static BackgroundGeoparser start(Supplier<? extends Geoparser> loader) {
        BackgroundGeoparser background = deferred(loader);
        background.beginLoading();
        return background;
    }

    /** Loads once {@link #beginLoading} is called or a call needs the geoparser, whichever comes first. */
    static BackgroundGeoparser deferred(Supplier<? extends Geoparser> loader) {
        BackgroundGeoparser background = new BackgroundGeoparser();
        background.thread.execute(() -> background.load(loader));
        return background;
    }

    void beginLoading() {
        begin.countDown();
    }

    private void load(Supplier<? extends Geoparser> loader) {
        try {
            begin.await();
            geoparser = loader.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new IllegalStateException("The place finder's loading was interrupted");
        } catch (RuntimeException | Error e) {
            log.error("The geoparser could not be loaded: no article can be geoparsed", e);
            failure = new IllegalStateException("The place finder could not be loaded; see the log", e);
        } finally {
            loaded.countDown();
        }
    }

    @Override
    public boolean isReady() {
        return geoparser != null;
    }

    @Override
    public void awaitReady() {
        ready();
    }

    @Override
    public void whenReady(Runnable task) {
        thread.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("A start-up task failed after the geoparser loaded", e);
            }
        });
    }

    private Geoparser ready() {
        beginLoading();
        try {
            loaded.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while the geoparser was loading");
        }
        if (failure != null) {
            throw failure;
        }
        return geoparser;
    }

    @Override
    public GeoparsedText parse(String text) {
        return ready().parse(text);
    }

    @Override
    public Optional<GazetteerEntry> firstOrderDivisionOf(GazetteerEntry place) {
        return ready().firstOrderDivisionOf(place);
    }

    @Override
    public Optional<GazetteerEntry> gazetteerEntry(long geonameId) {
        return ready().gazetteerEntry(geonameId);
    }

    @Override
    public List<GazetteerEntry> searchPlaces(String prefix, int limit) {
        return ready().searchPlaces(prefix, limit);
    }
}
