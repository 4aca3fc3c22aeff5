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
}
