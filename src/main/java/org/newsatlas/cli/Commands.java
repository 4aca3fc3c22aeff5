package org.newsatlas.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The commands {@code java -jar newsatlas.jar} knows besides starting the web app. Each is made
 * only when asked for by its name: a command class may hold heavy statics (a Jackson mapper), and
 * the JVM that only hands the command on to a batch child should not pay for them.
 */
final class Commands {

    /** The commands that measure the web app, so run in the JVM they were given, as the app would. */
    static final Set<String> IN_THIS_JVM = Set.of("benchmark-dashboard", "benchmark-import", "import");

    private Commands() {
    }

    /** Apart, so that asking whether a command stays in this JVM loads no command class. */
    private static final class Registry {

        static final Map<String, Function<WebApp, Command>> BY_NAME = byName();
    }

    private static Map<String, Function<WebApp, Command>> byName() {
        Map<String, Function<WebApp, Command>> commands = new TreeMap<>();
        // one line per command, each a lambda: a constructor reference (X::new) has its class
        // loaded and verified when the map is built, and the three commands that take a WebApp
        // pull Spring's context types out of nested jars with it (0.3 to 0.9 s before geoparse starts)
        commands.put("benchmark-dashboard", webApp -> new DashboardBenchmarkCommand(webApp));
        commands.put("benchmark-import", webApp -> new ImportBenchmarkCommand(webApp));
        commands.put("cross-validate", webApp -> CrossValidateCommand.recognition());
        commands.put("cross-validate-ranking", webApp -> CrossValidateCommand.ranking());
        commands.put("evaluate", webApp -> new EvaluateCommand());
        commands.put("gazetteer-benchmark", webApp -> new GazetteerBenchmarkCommand());
        commands.put("gazetteer-coverage", webApp -> new GazetteerCoverageCommand());
        commands.put("geoparse", webApp -> new GeoparseCommand());
        commands.put("import", webApp -> new ImportCommand(webApp));
        commands.put("ranking-weights", webApp -> new RankingWeightsCommand());
        commands.put("recognition-weights", webApp -> new RecognitionWeightsCommand());
        commands.put("train-ranking", webApp -> new TrainRankingCommand());
        commands.put("train-recognition", webApp -> new TrainRecognitionCommand());
        return commands;
    }

    static List<Command> all() {
        return Registry.BY_NAME.values().stream().map(command -> command.apply(WebApp.UNAVAILABLE)).toList();
    }

    static Optional<Command> find(String name) {
        return find(name, WebApp.UNAVAILABLE);
    }

    static Optional<Command> find(String name, WebApp webApp) {
        return Optional.ofNullable(Registry.BY_NAME.get(name)).map(command -> command.apply(webApp));
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
