package org.newsatlas.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.newsatlas.gazetteer.GazetteerLoader;
import org.newsatlas.gazetteer.GazetteerStats;
import org.newsatlas.gazetteer.InMemoryGazetteer;

/**
 * {@code gazetteer-benchmark [--extra FILE...]}: loads the gazetteer as the app would, then prints
 * load time, size, heap and single-thread lookup rates, so the cost of adding allCountries.txt or a
 * country file can be judged before configuring it.
 */
final class GazetteerBenchmarkCommand implements Command {

    @Override
    public String name() {
        return "gazetteer-benchmark";
    }

    @Override
    public String usage() {
        return name() + " " + GazetteerArguments.USAGE + " [--lookups MILLIONS]  load time, heap, lookups/s";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        GazetteerArguments arguments = GazetteerArguments.parse(args);
        long millions = 5;
        List<String> rest = arguments.rest();
        if (rest.size() == 2 && rest.get(0).equals("--lookups")) {
            millions = Long.parseLong(rest.get(1));
        } else if (!rest.isEmpty()) {
            err.println("usage: " + usage());
            return 2;
        }
        long baseline = heapAfterGc();
        long started = System.nanoTime();
        long startedCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        InMemoryGazetteer gazetteer = new GazetteerLoader(arguments.properties()).load();
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        // On a shared machine wall time mostly measures the neighbours; CPU time of this thread
        // (JIT and GC threads excluded) is the steadier figure.
        long loadCpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startedCpu) / 1_000_000;
        long heap = heapAfterGc();
        GazetteerStats stats = gazetteer.stats();
        out.printf(Locale.ROOT, "sources: %s%n", stats.sources());
        if (!stats.missingSources().isEmpty()) {
            out.printf(Locale.ROOT, "missing: %s%n", stats.missingSources());
        }
        out.printf(Locale.ROOT, "loaded in %d ms (%d ms CPU on the loading thread): %d entries, %d distinct names,"
                        + " %d demonyms (%d rows read, %d skipped, %d duplicate ids merged)%n",
                loadMillis, loadCpuMillis, stats.entries(), stats.distinctNames(), stats.demonyms(), stats.rowsRead(),
                stats.rowsSkipped(), stats.duplicatesMerged());
        long gazetteerBytes = heap - baseline;
        out.printf(Locale.ROOT, "heap used after GC: %d MB (%d MB before loading; gazetteer ~%d MB,"
                        + " %d bytes per entry)%n",
                heap >> 20, baseline >> 20, gazetteerBytes >> 20,
                stats.entries() == 0 ? 0 : gazetteerBytes / stats.entries());
        if (stats.entries() == 0) {
            err.println("empty gazetteer: nothing to benchmark (pass --extra FILE)");
            return 1;
        }
        benchmark(gazetteer, millions * 1_000_000, out);
        return 0;
    }

    private static void benchmark(InMemoryGazetteer gazetteer, long operations, PrintStream out) {
        LookupBenchmark benchmark = new LookupBenchmark(gazetteer.entries());
        String[] queries = benchmark.queries(17);
        List<List<String>> sentences = benchmark.sentences(2_000);
        // Warm-up so the JIT has compiled the hot paths before timing.
        LookupBenchmark.lookups(gazetteer, queries, operations / 2);
        LookupBenchmark.longestMatches(gazetteer, sentences, operations / 4);
        LookupBenchmark.matchAll(gazetteer, sentences, operations / 4);

        LookupBenchmark.Result lookups = LookupBenchmark.lookups(gazetteer, queries, operations);
        out.printf(Locale.ROOT, "lookup(name): %,d lookups in %d ms on one thread = %,.0f lookups/s"
                        + " (%.0f%% found)%n", lookups.operations(), lookups.nanos() / 1_000_000,
                lookups.perSecond(), 100.0 * lookups.hits() / lookups.operations());
        LookupBenchmark.Result matches = LookupBenchmark.longestMatches(gazetteer, sentences, operations / 2);
        out.printf(Locale.ROOT, "longestMatch at every token of %d sentences: %,d calls in %d ms = %,.0f calls/s%n",
                sentences.size(), matches.operations(), matches.nanos() / 1_000_000, matches.perSecond());
        LookupBenchmark.Result all = LookupBenchmark.matchAll(gazetteer, sentences, operations / 2);
        out.printf(Locale.ROOT, "matchAll: %,d tokens in %d ms = %,.0f tokens/s (%,d names found)%n",
                all.operations(), all.nanos() / 1_000_000, all.perSecond(), all.hits());
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
