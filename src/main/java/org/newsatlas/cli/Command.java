package org.newsatlas.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command-line entry point that runs without the web server or the database
 * ({@code java -jar newsatlas.jar NAME ARGS...}).
 */
interface Command {

    String name();

    /** One line for the usage text. */
    String usage();

    /** Runs the command; returns the process exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;

    /**
     * Whether the command runs in the child JVM tuned for short batch work ({@link BatchJvm}); a
     * command that measures the web app runs in the JVM it was given, as the app would.
     */
    default boolean runsInBatchJvm() {
        return true;
    }
}
