package org.newsatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsatlas.evaluation.Evaluation;
import org.newsatlas.evaluation.JsonLines;
import org.newsatlas.evaluation.TypeFilter;
import org.newsatlas.extraction.RecognitionSettings;
import org.newsatlas.gazetteer.GazetteerProperties;
import org.newsatlas.geocoding.RankingModel;
import org.newsatlas.geoparser.OpenNlpGeoparser;
import org.newsatlas.geoparser.StandaloneGeoparser;

/**
 * {@code evaluate GOLD.jsonl [PRED.jsonl]}: the figures of geoeval.py (the corpora's scoring
 * script), then confidence bands. Without PRED it geoparses the gold texts itself, can write those
 * predictions in geoparse's format, and explains the errors (misses, false positives, wrong places)
 * between the two.
 */
final class EvaluateCommand implements Command {

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String usage() {
        return "evaluate GOLD.jsonl [PRED.jsonl] [--write PRED_OUT.jsonl] [--threads N] [--learned-ranking] [--all-types | --types=T1,T2]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> files = new ArrayList<>();
        TypeFilter filter = TypeFilter.defaults();
        String write = null;
        int threads = Runtime.getRuntime().availableProcessors();
        RankingModel ranking = RankingModel.handSet();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--write") && i + 1 < args.size()) {
                write = args.get(++i);
            } else if (arg.equals("--threads") && i + 1 < args.size()) {
                threads = Integer.parseInt(args.get(++i));
            } else if (arg.equals("--learned-ranking")) {
                ranking = RankingModel.loadLearned();
            } else if (arg.startsWith("--")) {
                filter = filter.with(arg);
                if (filter == null) {
                    err.println("unknown option " + arg + "\nusage: " + usage());
                    return 2;
                }
            } else {
                files.add(arg);
            }
        }
        // "-" would close standard output under the report that follows
        if (files.isEmpty() || files.size() > 2 || (files.size() == 2 && write != null) || "-".equals(write)) {
            err.println("usage: " + usage());
            return 2;
        }
        List<JsonNode> gold = Evaluation.readGold(files.get(0));
        if (files.size() == 2) {
            Evaluation evaluation = Evaluation.of(gold, JsonLines.read(files.get(1)), filter);
            warnAboutExtra(evaluation, err);
            print(evaluation.report(), out);
            out.println();
            print(evaluation.confidenceBands(), out);
            return 0;
        }

        long started = System.nanoTime();
        StandaloneGeoparser.Parts parts = StandaloneGeoparser.load(GazetteerProperties.defaults());
        OpenNlpGeoparser geoparser = parts.geoparser(RecognitionSettings.defaults(), ranking);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        List<OpenNlpGeoparser.Diagnosis> diagnoses = ParallelMap.map(gold, threads,
                line -> geoparser.diagnose(GeoparseCommand.text(line)));
        err.printf(Locale.ROOT, "evaluate: geoparsed %d articles in %.1f s (%d threads; load %.1f s)%n",
                diagnoses.size(), (System.nanoTime() - started) / 1e9, threads, loadSeconds);

        List<ObjectNode> predictions = new ArrayList<>();
        int i = 0;
        for (JsonNode line : gold) {
            predictions.add(GeoparseCommand.toJson(line, diagnoses.get(i++).parsed()));
        }
        if (write != null) {
            JsonLines.write(write, predictions, out);
        }
        Evaluation evaluation = Evaluation.of(gold, predictions, filter);
        print(evaluation.report(), out);
        out.println();
        print(evaluation.errorBreakdown(diagnoses, parts.gazetteer()), out);
        out.println();
        print(evaluation.confidenceBands(), out);
        return 0;
    }

    private static void warnAboutExtra(Evaluation evaluation, PrintStream err) {
        if (evaluation.extraPredicted() > 0) {
            err.printf(Locale.ROOT, "warning: %d predicted articles are not in gold (ignored)%n",
                    evaluation.extraPredicted());
        }
    }

    private static void print(List<String> lines, PrintStream out) {
        lines.forEach(out::println);
    }
}
