package org.newsatlas.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.newsatlas.base.VaadinLeftOut;
import org.newsatlas.imports.ImportEngine;
import org.newsatlas.imports.ImportInput;
import org.newsatlas.imports.ImportJob;
import org.newsatlas.imports.ImportProgress;
import org.newsatlas.imports.read.ItemEstimate;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import PATH... [--data-dir D] [--source NAME] [--report FILE]}: imports files, folders and
 * zips into the database, with a progress bar on stderr, a summary on stdout and a report file of
 * every rejected item. Exits 0 unless the import itself failed (bad arguments: 2; failed: 1).
 *
 * <p>The app may be running on the same data directory: H2 is opened with {@code AUTO_SERVER=TRUE},
 * so whichever process opened it first serves it to the other, and the app's dashboard picks the
 * new articles up from the change log. This process never writes the dashboard index.
 */
final class ImportCommand implements Command {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final WebApp webApp;

    ImportCommand(WebApp webApp) {
        this.webApp = webApp;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return name() + " PATH... [--data-dir D] [--source NAME] [--report FILE]  import files, folders, zips";
    }

    record Options(List<Path> paths, Path dataDir, String source, Path report) {
    }

    /** The options, or null when they are not understood. */
    static Options parse(List<String> args) {
        List<Path> paths = new ArrayList<>();
        Path dataDir = null;
        String source = null;
        Path report = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                if (i + 1 >= args.size()) {
                    return null;
                }
                String value = args.get(++i);
                switch (arg) {
                    case "--data-dir" -> dataDir = Path.of(value);
                    case "--source" -> source = value;
                    case "--report" -> report = Path.of(value);
                    default -> {
                        return null;
                    }
                }
            } else {
                paths.add(Path.of(arg));
            }
        }
        return paths.isEmpty() ? null : new Options(paths, dataDir, source, report);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = parse(args);
        if (options == null) {
            err.println("usage: " + usage());
            return 2;
        }
        for (Path path : options.paths()) {
            if (!Files.exists(path)) {
                err.println("no such file or folder: " + path);
                return 2;
            }
        }
        Path report = options.report() != null ? options.report()
                : Path.of("import-report-" + LocalDateTime.now().format(STAMP) + ".txt");
        try (ConfigurableApplicationContext app = webApp.start(springArguments(options.dataDir()))) {
            ImportEngine imports = app.getBean(ImportEngine.class);
            ImportJob job = imports.newJob();
            long expected = options.paths().stream().mapToLong(ItemEstimate::of).sum();
            List<ImportInput> inputs = options.paths().stream().map(ImportInput::of).toList();
            long started = System.nanoTime();
            ImportProgress result;
            try (ImportProgressBar bar = ImportProgressBar.start(job, expected, err)) {
                imports.run(job, inputs, options.source());
                result = job.progress();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            ImportReportFile.write(report, result, options.paths());
            ImportReportFile.summary(result, seconds, out);
            out.println("report: " + report.toAbsolutePath());
            return result.state() == ImportJob.State.FAILED ? 1 : 0;
        }
    }

    /** The app without its web server, on the given data directory, leaving the dashboard index to the app. */
    static String[] springArguments(Path dataDir) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.main.web-application-type=none",
                VaadinLeftOut.excludeArgument(),
                "--spring.main.banner-mode=off",
                CommandLineLogging.SPRING_ARGUMENT,
                "--logging.level.root=WARN",
                "--newsatlas.dashboard.indexing=false",
                "--newsatlas.dashboard.index-dir=:memory:",
                "--newsatlas.ingestion.sample-article=false"));
        if (dataDir != null) {
            arguments.add("--newsatlas.data-dir=" + dataDir);
        }
        return arguments.toArray(String[]::new);
    }
}
