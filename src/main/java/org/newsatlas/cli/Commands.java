package org.newsatlas.cli;

import java.util.List;
import java.util.Optional;

/** The commands {@code java -jar newsatlas.jar} knows besides starting the web app. */
final class Commands {

    private Commands() {
    }

    static List<Command> all() {
        return all(WebApp.UNAVAILABLE);
    }

    static List<Command> all(WebApp webApp) {
        return List.of(
                // one line per command; keep alphabetical
                new DashboardBenchmarkCommand(webApp),
                new ImportBenchmarkCommand(webApp),
                new CrossValidateCommand(),
                new CrossValidateRankingCommand(),
                new EvaluateCommand(),
                new GazetteerBenchmarkCommand(),
                new GazetteerCoverageCommand(),
                new GeoparseCommand(),
                new ImportCommand(webApp),
                new RankingWeightsCommand(),
                new RecognitionWeightsCommand(),
                new TrainRankingCommand(),
                new TrainRecognitionCommand()
        );
    }

    static Optional<Command> find(String name) {
        return find(name, WebApp.UNAVAILABLE);
    }

    static Optional<Command> find(String name, WebApp webApp) {
        return all(webApp).stream().filter(command -> command.name().equals(name)).findFirst();
    }

    static String usage() {
        StringBuilder usage = new StringBuilder("usage: java -jar newsatlas.jar [COMMAND ARGS...]\n")
                .append("  (no command)  start the web app on port 8080\n");
        for (Command command : all()) {
            usage.append("  ").append(command.usage()).append('\n');
        }
        return usage.toString();
    }
}
