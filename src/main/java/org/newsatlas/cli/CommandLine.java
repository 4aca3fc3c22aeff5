package org.newsatlas.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code java -jar newsatlas.jar COMMAND ARGS...}: the commands that run without the web app. */
public final class CommandLine {

    private CommandLine() {
    }

    /** A first argument that is not an option names a command; options go to the web app. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** Runs the command the arguments name; {@code webApp} starts the web app for commands that need it. */
    public static int run(String[] args, WebApp webApp) throws Exception {
        // The hand-over comes first, before any command is made: this JVM then loads next to
        // nothing of ours (the child says so if the name is unknown).
        if (!Commands.IN_THIS_JVM.contains(args[0])) {
            Optional<Integer> inChild = BatchJvm.runInChild(Arrays.asList(args));
            if (inChild.isPresent()) {
                return inChild.get();
            }
        }
        Optional<Command> command = Commands.find(args[0], webApp);
        if (command.isEmpty()) {
            System.err.print("unknown command: " + args[0] + "\n" + Commands.usage());
            return 2;
        }
        // logs go to stderr, so that '-' as the output keeps stdout clean
        System.setProperty(CommandLineLogging.SWITCH, "true");
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return command.get().run(rest, System.out, System.err);
    }
}
