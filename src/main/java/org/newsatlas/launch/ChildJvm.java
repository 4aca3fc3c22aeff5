package org.newsatlas.launch;

import java.io.IOException;
import java.util.List;

/**
 * Runs a child JVM in place of this one: same standard streams, its exit code passed through.
 * A SIGTERM or SIGINT to this JVM stops the child first (through a shutdown hook, which waits for
 * it to finish its own hooks: the web app releases its port and its database there); the child
 * itself exits when this JVM is killed outright ({@link ParentWatch}).
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** The child's exit code once it has ended. */
    public static int run(List<String> command) throws IOException, InterruptedException {
        // the hook first: a signal that came between the start and the hook would leave the child running
        Stop stop = new Stop();
        Thread stopChild = new Thread(stop, "newsatlas-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        Process child = stop.started(new ProcessBuilder(command).inheritIO().start());
        int exitCode = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running and has seen the child end
        }
        return exitCode;
    }

    /** A class, not a lambda: the launcher's first lambda would cost it tens of milliseconds of bootstrapping. */
    private static final class Stop implements Runnable {

        private Process child;

        synchronized Process started(Process started) {
            child = started;
            return started;
        }

        @Override
        public synchronized void run() {
            if (child == null) {
                return;
            }
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
