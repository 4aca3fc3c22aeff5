package org.newsatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsatlas.imports.ImportEngine;
import org.newsatlas.imports.ImportInput;
import org.newsatlas.imports.ImportJob;
import org.newsatlas.imports.ImportProgress;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code benchmark-import --articles N --corpus FILE.jsonl... [--data-dir D]}: writes N articles
 * made from the corpus texts (each text again with a line of its own, so every one is new), then
 * imports them as the import command does into a fresh data directory, and prints articles per
 * second, the heap used and the machine's load. Run it with the heap the figure is for:
 * {@code java -Xmx1g -jar target/newsatlas.jar benchmark-import ...}.
 */
final class ImportBenchmarkCommand implements Command {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebApp webApp;

    ImportBenchmarkCommand(WebApp webApp) {
        this.webApp = webApp;
    }

    @Override
    public String name() {
        return "benchmark-import";
    }

    @Override
    public String usage() {
        return name() + " --articles N --corpus FILE.jsonl... [--data-dir D]  time an import of N articles";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        long articles = -1;
        List<Path> corpora = new ArrayList<>();
        Path dataDir = null;
        for (int i = 0; i + 1 < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--articles" -> articles = Long.parseLong(args.get(i + 1));
                case "--corpus" -> corpora.add(Path.of(args.get(i + 1)));
                case "--data-dir" -> dataDir = Path.of(args.get(i + 1));
                default -> articles = -1;
            }
        }
        if (articles < 1 || corpora.isEmpty() || args.size() % 2 != 0) {
            err.println("usage: " + usage());
            return 2;
        }
        Path work = Files.createTempDirectory("newsatlas-import-benchmark");
        Path input = work.resolve("articles.jsonl");
        int texts = writeArticles(corpora, articles, input);
        Path data = dataDir != null ? dataDir : work.resolve("data");
        out.printf(Locale.ROOT, "%,d articles from %,d corpus texts (%,d MB) into %s%n", articles, texts,
                Files.size(input) >> 20, data);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (ConfigurableApplicationContext app = webApp.start(ImportCommand.springArguments(data))) {
            ImportEngine imports = app.getBean(ImportEngine.class);
            ImportJob job = imports.newJob();
            long started = System.nanoTime();
            Thread reporter = new Thread(() -> report(job, started, err), "benchmark-progress");
            reporter.setDaemon(true);
            reporter.start();
            imports.run(job, List.of(ImportInput.of(input)), "benchmark");
            double seconds = (System.nanoTime() - started) / 1e9;
            reporter.interrupt();
            ImportProgress result = job.progress();
            long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            out.printf(Locale.ROOT, "%s: %,d added, %,d duplicates, %,d rejected in %.0f s: %.1f articles/s%n",
                    result.state().name().toLowerCase(Locale.ROOT), result.added(), result.duplicates(),
                    result.rejected().size(), seconds, result.done() / seconds);
            out.printf(Locale.ROOT, "heap: max %d MB, peak used %d MB (sum of the pools' peaks); %d cores; "
                    + "load average %.2f before, %.2f after%n", Runtime.getRuntime().maxMemory() >> 20, heapPeak >> 20,
                    Runtime.getRuntime().availableProcessors(), loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            return result.state() == ImportJob.State.FAILED ? 1 : 0;
        }
    }

    private static void report(ImportJob job, long started, PrintStream err) {
        try {
            while (true) {
                Thread.sleep(15_000);
                ImportProgress counts = job.counts();
                double seconds = (System.nanoTime() - started) / 1e9;
                err.printf(Locale.ROOT, "%,d done in %.0f s (%.1f articles/s), load %.2f%n", counts.done(), seconds,
                        counts.done() / seconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes the articles; returns how many corpus texts they were made from. */
    static int writeArticles(List<Path> corpora, long articles, Path target) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path corpus : corpora) {
            for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
                JsonNode text = line.isBlank() ? null : JSON.readTree(line).get("text");
                if (text != null && !text.asText().isBlank()) {
                    texts.add(text.asText());
                }
            }
        }
        LocalDate first = LocalDate.of(2019, 1, 1);
        try (BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (long i = 0; i < articles; i++) {
                String text = texts.get((int) (i % texts.size()));
                ObjectNode article = JSON.createObjectNode()
                        .put("title", "Report %d: %s".formatted(i, text.substring(0, Math.min(60, text.length()))))
                        .put("text", text + "\n\nReport number %d of the benchmark.".formatted(i))
                        .put("publishedAt", first.plusDays(i % 730).toString());
                writer.write(JSON.writeValueAsString(article));
                writer.newLine();
            }
        }
        return texts.size();
    }
}
