package org.newsatlas.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.newsatlas.cli.Command;
import org.newsatlas.cli.JsonLines;

/**
 * {@code gazetteer-coverage GOLD.jsonl...}: for gold-annotated articles (JSON Lines of
 * {@code {"id","text","toponyms":[{"start","end","name","lat","lon","geonameid"}]}}), the share of
 * toponyms with coordinates that the gazetteer has under that name within 161 km, and the most
 * frequent misses with the reason. Tells whether a resolver error is the gazetteer's fault.
 */
public final class GazetteerCoverageCommand implements Command {

    private static final int TOP_MISSES = 30;

    private final Function<GazetteerProperties, Gazetteer> loader;

    public GazetteerCoverageCommand() {
        this(properties -> new GazetteerLoader(properties).load());
    }

    GazetteerCoverageCommand(Function<GazetteerProperties, Gazetteer> loader) {
        this.loader = loader;
    }

    @Override
    public String name() {
        return "gazetteer-coverage";
    }

    @Override
    public String usage() {
        return name() + " " + GazetteerArguments.USAGE + " GOLD.jsonl...  share of gold toponyms the gazetteer has";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        GazetteerArguments arguments = GazetteerArguments.parse(args);
        if (arguments.rest().isEmpty()) {
            err.println("usage: " + usage());
            return 2;
        }
        Gazetteer gazetteer = loader.apply(arguments.properties());
        out.printf(Locale.ROOT, "gazetteer: %d entries%n", gazetteer.size());
        for (String file : arguments.rest()) {
            CoverageCounter.Report report = coverage(gazetteer, Path.of(file));
            print(file, report, out);
        }
        return 0;
    }

    CoverageCounter.Report coverage(Gazetteer gazetteer, Path goldFile) throws IOException {
        CoverageCounter counter = new CoverageCounter(gazetteer, CoverageCounter.DEFAULT_RADIUS_KM);
        for (JsonNode article : JsonLines.read(goldFile.toString())) {
            for (JsonNode toponym : article.path("toponyms")) {
                counter.add(toponym.path("name").asText(), number(toponym.get("lat")), number(toponym.get("lon")));
            }
        }
        return counter.report(TOP_MISSES);
    }

    private static Double number(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.asDouble();
    }

    private static void print(String file, CoverageCounter.Report report, PrintStream out) {
        out.printf(Locale.ROOT, "%s: %d of %d toponyms with coordinates covered (%.1f%%) within %.0f km;"
                        + " %d without coordinates not counted%n",
                file, report.covered(), report.withCoordinates(), 100 * report.share(),
                CoverageCounter.DEFAULT_RADIUS_KM, report.withoutCoordinates());
        if (!report.topMisses().isEmpty()) {
            out.println("most frequent misses:");
        }
        for (CoverageCounter.Miss miss : report.topMisses()) {
            out.printf(Locale.ROOT, "  %5d  %s: %s%n", miss.count(), miss.name(), miss.reason());
        }
    }
}
