package org.newsatlas.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A function applied to every item on a fixed number of threads, the results in the order of the
 * items. The geoparser keeps its NLP state per thread, so a small fixed pool reuses that state
 * across documents instead of building it per document.
 */
final class ParallelMap {

    private ParallelMap() {
    }

    /** The first item whose function threw fails the whole map with that exception as the cause. */
    static <T, R> List<R> map(Collection<T> items, int threads, Function<? super T, ? extends R> function)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<? extends R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> function.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<? extends R> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
