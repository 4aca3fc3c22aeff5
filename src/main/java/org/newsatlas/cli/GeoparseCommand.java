package org.newsatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.newsatlas.evaluation.JsonLines;
import org.newsatlas.extraction.RecognitionSettings;
import org.newsatlas.gazetteer.GazetteerProperties;
import org.newsatlas.geocoding.RankingModel;
import org.newsatlas.geoparser.GeoparsedText;
import org.newsatlas.geoparser.Geoparser;
import org.newsatlas.geoparser.GeoparserProperties;
import org.newsatlas.geoparser.ResolvedToponym;
import org.newsatlas.geoparser.StandaloneGeoparser;

/**
 * {@code geoparse IN.jsonl OUT.jsonl}: reads {"id", "text"} per line and writes {"id", "toponyms"}
 * per line in the evaluation format (offsets in Unicode code points, end exclusive). No web server,
 * no database. Documents per second go to stderr.
 */
final class GeoparseCommand implements Command {

    @Override
    public String name() {
        return "geoparse";
    }

    @Override
    public String usage() {
        return "geoparse IN.jsonl OUT.jsonl [--threads N] [--no-demonyms] [--no-places-in-organisations]"
                + " [--learned-recognition] [--learned-ranking]"
                + "   ('-' for stdin/stdout)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() < 2) {
            err.println("usage: " + usage());
            return 2;
        }
        int threads = args.contains("--threads")
                ? Integer.parseInt(args.get(args.indexOf("--threads") + 1))
                : Runtime.getRuntime().availableProcessors();
        long loadStarted = System.nanoTime();
        // the input (and Jackson, which takes a while to get going) is read while the geoparser loads
        Background<List<JsonNode>> documents = Background.start("input-reader", () -> JsonLines.read(args.get(0)));
        RecognitionSettings defaults = RecognitionSettings.defaults();
        RecognitionSettings settings = new RecognitionSettings(
                defaults.includeDemonyms() && !args.contains("--no-demonyms"),
                defaults.includeInsideOrganisations() && !args.contains("--no-places-in-organisations"),
                defaults.threshold(),
                GeoparserProperties.model(args.contains("--learned-recognition") ? "learned" : "hand-set"));
        RankingModel ranking = args.contains("--learned-ranking") ? RankingModel.loadLearned() : RankingModel.handSet();
        Geoparser geoparser = StandaloneGeoparser.load(GazetteerProperties.defaults()).geoparser(settings, ranking);
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;

        List<JsonNode> read = documents.join();
        long started = System.nanoTime();
        Duration cpuBefore = processCpu();
        List<ObjectNode> results = ParallelMap.map(read, threads,
                document -> toJson(document, geoparser.parse(text(document))));
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (processCpu().toNanos() - cpuBefore.toNanos()) / 1e9;
        JsonLines.write(args.get(1), results, out);
        err.printf(Locale.ROOT, "geoparse: %d documents in %.2f s wall (%.1f docs/s), %.2f s CPU (%.1f docs per CPU-second), "
                        + "%d threads; load %.2f s%n",
                read.size(), seconds, read.size() / seconds, cpuSeconds,
                read.size() / Math.max(cpuSeconds, 1e-9), threads, loadSeconds);
        return 0;
    }

    /** The text of an input line; evaluate parses the same text, so that its predictions are the same. */
    static String text(JsonNode document) {
        return document.path("text").asText("");
    }

    /** One line of geoparse output; evaluate writes its predictions with it too. */
    static ObjectNode toJson(JsonNode document, GeoparsedText parsed) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("id", document.get("id"));
        ArrayNode toponyms = result.putArray("toponyms");
        String text = parsed.text();
        for (ResolvedToponym toponym : parsed.toponyms()) {
            ObjectNode node = toponyms.addObject();
            node.put("start", text.codePointCount(0, toponym.start()));
            node.put("end", text.codePointCount(0, toponym.end()));
            node.put("name", toponym.name());
            node.put("lat", toponym.place().latitude());
            node.put("lon", toponym.place().longitude());
            node.put("geonameid", toponym.place().geonameId());
            node.put("country", toponym.place().countryCode());
            node.put("featureCode", toponym.place().featureClass() + "." + toponym.place().featureCode());
            node.put("confidence", Math.round(toponym.confidence() * 1000) / 1000.0);
        }
        return result;
    }

    private static Duration processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
