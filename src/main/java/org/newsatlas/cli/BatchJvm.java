package org.newsatlas.cli;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a command in a JVM tuned for short batch work. A geoparse of a few hundred articles is
 * over before the optimising JIT compiler pays for itself: with the default flags C2 spends about
 * as much CPU compiling as the parse itself takes. So {@code java -jar newsatlas.jar COMMAND}
 * starts one child JVM with the quick compiler only and the serial collector (measured on LGL:
 * about a third less CPU and a quarter of the memory), unless it already is that child, the jar
 * is not being run as a jar, or {@code NEWSATLAS_BATCH_JVM=false} asks for the plain JVM
 * (for example for long jobs, where the optimising compiler wins).
 */
final class BatchJvm {

    static final String CHILD_PROPERTY = "newsatlas.batch-jvm";
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private BatchJvm() {
    }

    /** The exit code of the command run in a child JVM, or empty when it should run here. */
    static Optional<Integer> runInChild(List<String> args) throws IOException, InterruptedException {
        Optional<List<String>> command = childCommand(args, System.getProperty(CHILD_PROPERTY),
                System.getenv("NEWSATLAS_BATCH_JVM"), System.getProperty("java.class.path"),
                ProcessHandle.current().info().command());
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Process child = new ProcessBuilder(command.get()).inheritIO().start();
        return Optional.of(child.waitFor());
    }

    static Optional<List<String>> childCommand(List<String> args, String childProperty, String setting,
            String classPath, Optional<String> java) {
        boolean runAsJar = classPath != null && classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator);
        if (childProperty != null || "false".equalsIgnoreCase(setting) || !runAsJar || java.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(FLAGS);
        command.add("-D" + CHILD_PROPERTY + "=child");
        command.add("-jar");
        command.add(classPath);
        command.addAll(args);
        return Optional.of(command);
    }
}
