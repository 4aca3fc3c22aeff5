package org.newsatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where a training command's model goes: to {@code --out} when given, else to standard output. */
final class ModelFile {

    private ModelFile() {
    }

    /** The header line that says how to make the same model again. */
    static String writtenBy(String command, ModelOptions options) {
        return "# written by: java -jar newsatlas.jar " + command + " ... --l2 " + options.l2()
                + (options.fromHandSet() ? "" : " --prior-zero");
    }

    /** Writes the lines; {@code summary} ("1234 spans") goes to the error stream with the file's name. */
    static void write(String command, List<String> lines, ModelOptions options, String summary, PrintStream out,
            PrintStream err) throws IOException {
        if (options.out() == null) {
            lines.forEach(out::println);
            return;
        }
        Files.write(Path.of(options.out()), lines, StandardCharsets.UTF_8);
        err.printf("%s: %s, model written to %s%n", command, summary, options.out());
    }
}
