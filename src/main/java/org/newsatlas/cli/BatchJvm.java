package org.newsatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsatlas.launch.CacheLocation;
import org.newsatlas.launch.ChildJvm;
import org.newsatlas.launch.LaunchFile;
import org.newsatlas.launch.Launcher;

/**
 * Runs a command in a JVM tuned for short batch work. A geoparse of a few hundred articles is
 * over before the optimising JIT compiler pays for itself: with the default flags C2 spends about
 * as much CPU compiling as the parse itself takes. So {@code java -jar newsatlas.jar COMMAND}
 * starts one child JVM with the quick compiler only and the serial collector (measured on LGL:
 * about a third less CPU and a quarter of the memory), unless it already is that child, the jar
 * is not being run as a jar, or {@code NEWSATLAS_BATCH_JVM=false} asks for the plain JVM
 * (for example for long jobs, where the optimising compiler wins).
 *
 * <p>The child starts from the jar's contents extracted once into a cache ({@link ClassPathCache})
 * with a class-data sharing archive made by the first such child ({@link ClassArchive}): it then
 * skips Spring Boot's launcher and reading, parsing and verifying some 3,000 classes. Whatever
 * goes wrong with the cache, the child starts from the jar as before.
 */
final class BatchJvm {

    /**
     * The quick compiler and the serial collector, with a young generation of a fixed 128 MB, an old
     * generation that starts at 384 MB and no ageing of survivors: the gazetteer and the models
     * (some 250 MB that live as long as the command) go straight to the old generation at the first
     * collections instead of being copied from one survivor space to the other, and fit there
     * without the full collection that enlarging a 250 MB old generation took. On 2,940 articles
     * the collections took 0.8-1.1 s CPU instead of 1.4-1.8 s, at the same peak memory.
     * {@code OldSize} rather than {@code -Xms}, which a smaller {@code -Xmx} in
     * {@code JDK_JAVA_OPTIONS} would turn into a start-up error. Arrays of 512 KB and more (the
     * gazetteer's name table, text pool and offsets, the models' hash tables: some 40 MB that live
     * as long as the command) are made in the old generation at once: they then take no room in
     * the young generation, which fills once instead of twice before the first document, and
     * are never copied.
     */
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xmn128m", "-XX:OldSize=384m", "-XX:MaxTenuringThreshold=0", "-XX:PretenureSizeThreshold=512k");
    /** The JVM's own warnings (a class-data archive it cannot use, say) go to stdout by default, into geoparse's output. */
    static final List<String> WARNINGS_TO_STDERR = List.of("-Xlog:disable", "-Xlog:all=warning:stderr");

    /** A child started from the cache: its class path and its class-data sharing plan. */
    record Cached(ClassPathCache.Entry entry, ClassArchive.Plan archive) {
    }

    private BatchJvm() {
    }

    /** The exit code of the command run in a child JVM, or empty when it should run here. */
    static Optional<Integer> runInChild(List<String> args) throws IOException, InterruptedException {
        String classPath = System.getProperty("java.class.path");
        Optional<String> java = ProcessHandle.current().info().command();
        if (!Launcher.handsOver(System.getProperty(Launcher.CHILD_PROPERTY), System.getenv("NEWSATLAS_BATCH_JVM"), classPath, java)) {
            return Optional.empty();
        }
        Optional<Path> root = CacheLocation.root(System.getenv(), System.getProperty("user.home"));
        Optional<Cached> cached = root.isPresent() ? cached(Path.of(classPath), root.get()) : Optional.empty();
        int exitCode = ChildJvm.run(childCommand(args, java.get(), classPath, cached));
        if (cached.isPresent()) {
            try {
                if (cached.get().archive().dump().isPresent()) {
                    ClassArchive.publish(cached.get().archive().dump().get(), exitCode, cached.get().entry().directory(),
                            LaunchFile.thisJvm());
                }
                BatchLaunchFile.keep(Path.of(classPath), cached.get().entry(), LaunchFile.thisJvm());
            } catch (IOException e) {
                System.err.println("newsatlas: the class-data archive or launch file was not kept: " + e);
            }
        }
        return Optional.of(exitCode);
    }

    /** The jar's cache entry and archive plan, or empty (said on stderr) when the cache cannot be used. */
    static Optional<Cached> cached(Path jar, Path root) {
        try {
            ClassPathCache.Entry entry = ClassPathCache.prepare(jar, root);
            return Optional.of(new Cached(entry, ClassArchive.plan(entry.directory(), LaunchFile.thisJvm())));
        } catch (IOException | RuntimeException e) {
            System.err.println("newsatlas: starting without the class cache in " + root + ": " + e);
            return Optional.empty();
        }
    }

    static Optional<List<String>> childCommand(List<String> args, String childProperty, String setting,
            String classPath, Optional<String> java) {
        if (!Launcher.handsOver(childProperty, setting, classPath, java)) {
            return Optional.empty();
        }
        return Optional.of(childCommand(args, java.get(), classPath, Optional.empty()));
    }

    static List<String> childCommand(List<String> args, String java, String jar, Optional<Cached> cached) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(FLAGS);
        command.addAll(WARNINGS_TO_STDERR);
        if (cached.isPresent()) {
            command.addAll(cached.get().archive().jvmOptions());
        }
        command.add("-D" + Launcher.CHILD_PROPERTY + "=child");
        if (cached.isPresent()) {
            command.add("-cp");
            command.add(cached.get().entry().classPathArgument());
            command.add(cached.get().entry().mainClass());
        } else {
            command.add("-jar");
            command.add(jar);
        }
        command.addAll(args);
        return command;
    }
}
