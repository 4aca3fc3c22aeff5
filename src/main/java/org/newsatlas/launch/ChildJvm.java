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
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread stopChild = new Thread(new Stop(child), "newsatlas-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int exitCode = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running and has seen the child end
        }
        return exitCode;
    }

    /** A class, not a lambda: the launcher's first lambda would cost it tens of milliseconds of bootstrapping. */
    private record Stop(Process child) implements Runnable {

        @Override
        public void run() {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
