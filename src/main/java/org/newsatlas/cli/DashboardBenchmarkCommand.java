package org.newsatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.newsatlas.cli.BenchmarkQueries.Endpoint;
import org.newsatlas.cli.BenchmarkQueries.Filter;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.DashboardService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code benchmark-dashboard --articles N [--data-dir D]}: starts the app on a database of N
 * synthetic articles (built, topped up, or reused when D already holds N), lets the dashboard
 * index catch up, then times every dashboard endpoint for representative filters over HTTP and
 * prints p50 and p95 per query, and last a JSON line of the p95s. The app runs with its result
 * cache off and every repetition asks for another value (month, country, place...), so each
 * timing is a first, uncached answer.
 */
final class DashboardBenchmarkCommand implements Command {

    private final WebApp webApp;

    DashboardBenchmarkCommand(WebApp webApp) {
        this.webApp = webApp;
    }

    @Override
    public String name() {
        return "benchmark-dashboard";
    }

    @Override
    public String usage() {
        return name() + " --articles N [--data-dir D] [--repeat R] [--export-repeat E]  time the dashboard API";
    }

    record Options(long articles, Path dataDir, int repeat, int exportRepeat) {
    }

    /** The options, or null when they are not understood. */
    static Options parse(List<String> args) {
        long articles = -1;
        Path dataDir = null;
        int repeat = 20;
        int exportRepeat = 3;
        if (args.size() % 2 != 0) {
            return null;
        }
        for (int i = 0; i < args.size(); i += 2) {
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--articles" -> articles = Long.parseLong(value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--repeat" -> repeat = Integer.parseInt(value);
                case "--export-repeat" -> exportRepeat = Integer.parseInt(value);
                default -> {
                    return null;
                }
            }
        }
        return articles < 1 || repeat < 1 || exportRepeat < 1 ? null
                : new Options(articles, dataDir, repeat, exportRepeat);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options;
        try {
            options = parse(args);
        } catch (NumberFormatException e) {
            options = null;
        }
        if (options == null) {
            err.println("usage: " + usage());
            return 2;
        }
        Path dataDir = options.dataDir() != null ? options.dataDir() : Files.createTempDirectory("newsatlas-benchmark");
        ConfigurableApplicationContext app = webApp.start("--server.port=0", "--newsatlas.data-dir=" + dataDir,
                "--newsatlas.ingestion.sample-article=false", "--newsatlas.dashboard.cache-size=0",
                "--spring.main.banner-mode=off", CommandLineLogging.SPRING_ARGUMENT);
        try {
            return benchmark(app, options, dataDir, out, err);
        } finally {
            app.close();
            if (options.dataDir() == null) {
                delete(dataDir);
            }
        }
    }

    private int benchmark(ConfigurableApplicationContext app, Options options, Path dataDir, PrintStream out,
                          PrintStream err) {
        BenchmarkCorpus corpus = new BenchmarkCorpus(app);
        long stored = corpus.articles();
        if (stored > options.articles()) {
            err.printf(Locale.ROOT, "%s holds %,d articles, more than %,d: give another --data-dir%n", dataDir,
                    stored, options.articles());
            return 2;
        }
        long started = System.nanoTime();
        if (stored < options.articles()) {
            double seconds = corpus.fill(stored, options.articles(), err);
            out.printf(Locale.ROOT, "database: stored %,d synthetic articles in %.0f s (%.0f articles/s, the index"
                    + " following)%n", options.articles() - stored, seconds, (options.articles() - stored) / seconds);
        } else {
            out.printf(Locale.ROOT, "database: reused %s with %,d articles%n", dataDir, stored);
        }
        DashboardService dashboard = app.getBean(DashboardService.class);
        long pending = dashboard.pendingChanges();
        long waiting = System.nanoTime();
        while (dashboard.pendingChanges() > 0) {
            sleep(100);
        }
        out.printf(Locale.ROOT, "index: %,d changes were pending; caught up %.1f s later (%.0f s after the start)%n",
                pending, (System.nanoTime() - waiting) / 1e9, (System.nanoTime() - started) / 1e9);

        long mentions = dashboard.totals(DashboardFilter.NONE).mentions();
        QueryTimer timer = new QueryTimer(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        List<String> countries = timer.first("/api/countries", 20, node -> node.get("countryCode").asText());
        List<Long> places = timer.first("/api/places", 50, feature -> feature.get("properties").get("id").asLong());
        List<Filter> filters = BenchmarkQueries.filters(countries, places);
        List<Endpoint> endpoints = BenchmarkQueries.endpoints(places);

        BenchmarkReport report = new BenchmarkReport(out);
        err.println("warming up");
        run(timer, endpoints, filters, 3, 1, 1000);
        err.println("timing");
        Map<String, List<QueryTimer.Sample>> samples = run(timer, endpoints, filters, options.repeat(),
                options.exportRepeat(), 0);
        report.queries(samples, filters);
        report.payload(timer.text("/api/places"));
        report.heapAndDisk(BenchmarkDatabase.of(app, dataDir), dataDir);
        report.json(options.articles(), mentions, samples);
        return 0;
    }

    /** Every endpoint under every filter, repetition by repetition so that values change between asks. */
    private static Map<String, List<QueryTimer.Sample>> run(QueryTimer timer, List<Endpoint> endpoints,
            List<Filter> filters, int repeat, int exportRepeat, int offset) {
        Map<String, List<QueryTimer.Sample>> samples = new LinkedHashMap<>();
        for (int i = 0; i < repeat; i++) {
            for (Endpoint endpoint : endpoints) {
                if (endpoint.export() && i >= exportRepeat) {
                    continue;
                }
                for (Filter filter : filters) {
                    QueryTimer.Sample sample = timer.get(BenchmarkQueries.url(endpoint, filter, offset + i));
                    if (sample.status() != 200) {
                        throw new IllegalStateException(BenchmarkQueries.url(endpoint, filter, offset + i)
                                + " answered " + sample.status());
                    }
                    samples.computeIfAbsent(endpoint.name() + " " + filter.name(), k -> new ArrayList<>()).add(sample);
                }
            }
        }
        return samples;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
