package org.newsatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.newsatlas.evaluation.GazetteerCoverage;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerLoader;
import org.newsatlas.gazetteer.GazetteerProperties;

/**
 * {@code gazetteer-coverage GOLD.jsonl...}: for gold-annotated articles, the share of toponyms with
 * coordinates that the gazetteer has under that name within 161 km, and the most frequent misses
 * with the reason. Tells whether a resolver error is the gazetteer's fault.
 */
final class GazetteerCoverageCommand implements Command {

    private final Function<GazetteerProperties, Gazetteer> loader;

    GazetteerCoverageCommand() {
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
            GazetteerCoverage.of(gazetteer, file).lines(file).forEach(out::println);
        }
        return 0;
    }
}
