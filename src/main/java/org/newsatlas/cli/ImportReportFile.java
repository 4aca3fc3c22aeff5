package org.newsatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsatlas.imports.ImportProgress;
import org.newsatlas.imports.Rejection;

/** The import's summary for a person, and its report file: every rejected item with its reason. */
final class ImportReportFile {

    private ImportReportFile() {
    }

    static void summary(ImportProgress result, double seconds, PrintStream out) {
        out.printf(Locale.ROOT, "%s: %,d items in %.1f s (%.1f items/s): %,d added, %,d duplicates, %,d rejected%n",
                result.state().name().toLowerCase(Locale.ROOT), result.done(), seconds, result.done() / seconds,
                result.added(), result.duplicates(), result.rejected().size());
        byReason(result.rejected()).forEach((reason, count) -> out.printf(Locale.ROOT, "  %,6d  %s%n", count, reason));
        if (result.failure() != null) {
            out.println("failed: " + result.failure());
        }
    }

    static void write(Path report, ImportProgress result, List<Path> inputs) throws IOException {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
            writer.printf("# import of %s%n", inputs);
            writer.printf(Locale.ROOT, "# %s: %d added, %d duplicates, %d rejected%n",
                    result.state().name().toLowerCase(Locale.ROOT), result.added(), result.duplicates(),
                    result.rejected().size());
            if (result.failure() != null) {
                writer.printf("# failed: %s%n", result.failure());
            }
            writer.println("# rejected item<TAB>reason");
            for (Rejection rejection : result.rejected()) {
                writer.println(oneLine(rejection.item()) + "\t" + oneLine(rejection.reason()));
            }
        }
    }

    /** Reasons with their counts; the line numbers of JSON lines are left out so that like reasons add up. */
    static Map<String, Integer> byReason(List<Rejection> rejected) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Rejection rejection : rejected) {
            counts.merge(rejection.reason().replaceFirst("^line \\d+: ", ""), 1, Integer::sum);
        }
        return counts;
    }

    private static String oneLine(String value) {
        return value.replaceAll("[\\p{Cntrl}]+", " ");
    }
}
