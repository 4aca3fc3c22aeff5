package org.newsatlas.extraction;

import java.util.concurrent.CancellationException;

/**
 * A place in the geoparser's loops where a parse that has run over its time can stop: whoever
 * runs it interrupts the thread, and the next checkpoint ends the parse with a
 * {@link CancellationException}. The models themselves cannot be stopped, so checkpoints sit
 * between their calls (per sentence, per window, per candidate), each a short step.
 */
public final class Checkpoint {

    private Checkpoint() {
    }

    public static void reached() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("The geoparse was stopped: it ran over its time.");
        }
    }
}
