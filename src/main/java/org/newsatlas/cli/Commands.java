package org.newsatlas.cli;

import java.util.List;
import java.util.Optional;
import org.newsatlas.evaluation.EvaluateCommand;
import org.newsatlas.gazetteer.GazetteerBenchmarkCommand;
import org.newsatlas.gazetteer.GazetteerCoverageCommand;
import org.newsatlas.geoparser.GeoparseCommand;

/** The commands {@code java -jar newsatlas.jar} knows besides starting the web app. */
public final class Commands {

    private Commands() {
    }

    static List<Command> all() {
        return List.of(
                // one line per command; keep alphabetical
                new EvaluateCommand(),
                new GazetteerBenchmarkCommand(),
                new GazetteerCoverageCommand(),
                new GeoparseCommand()
        );
    }

    public static Optional<Command> find(String name) {
        return all().stream().filter(command -> command.name().equals(name)).findFirst();
    }

    public static String usage() {
        StringBuilder usage = new StringBuilder("usage: java -jar newsatlas.jar [COMMAND ARGS...]\n")
                .append("  (no command)  start the web app on port 8080\n");
        for (Command command : all()) {
            usage.append("  ").append(command.usage()).append('\n');
        }
        return usage.toString();
    }
}
