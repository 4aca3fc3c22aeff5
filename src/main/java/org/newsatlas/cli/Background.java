package org.newsatlas.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One piece of start-up work on a thread of its own, so that a command does two slow things at
 * once (read its input while the geoparser loads). {@link #join} gives the value or throws what
 * the work threw, as if it had run on the caller's thread.
 */
final class Background<T> {

    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Background() {
    }

    static <T> Background<T> start(String name, Work<T> work) {
        Background<T> background = new Background<>();
        Thread thread = new Thread(() -> {
            try {
                background.result.complete(work.run());
            } catch (Exception | Error e) {
                background.result.completeExceptionally(e);
            }
        }, name);
        // a command that fails while loading must not be kept alive by its reader
        thread.setDaemon(true);
        thread.start();
        return background;
    }

    T join() throws Exception {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
