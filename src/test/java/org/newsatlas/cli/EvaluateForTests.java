package org.newsatlas.cli;

import java.io.PrintStream;
import java.util.List;

/** Runs the evaluate command from tests outside this package (the gold export's round trip). */
public final class EvaluateForTests {

    private EvaluateForTests() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        return new EvaluateCommand().run(args, out, err);
    }
}
