package org.newsatlas.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.newsatlas.launch.LaunchFile;
import org.newsatlas.launch.Launcher;

/**
 * The web app's class-data archive, made the way Spring recommends: a training run of the app on
 * the cache's class path that exits once its context is refreshed
 * ({@code -Dspring.context.exit=onRefresh}), with {@code -XX:ArchiveClassesAtExit}; it runs on a
 * fresh data directory and port 0, so it touches nothing of the running app's. Then the launch
 * file for {@link Launcher}: the archive, the class path and the start class.
 */
record AppTraining(Path jar, Path root, String java, List<String> jvmOptions, String jvm) {

    static final String LOG = "app-training.log";
    /** A training run takes some 20 s of CPU; one that hangs is given up, and the app starts in one JVM. */
    private static final long TIMEOUT_MINUTES = 10;
    private static final long ABANDONED_MILLIS = 3_600_000L;
    /**
     * The app child's JIT and memory settings, before the options given to {@code java}, which win.
     * C2 compiles a method after thirty times the default calls and loops: start-up runs much code
     * tens of thousands of times and never again (Spring's reflection over every bean), which C2
     * would compile for nothing (C1 still does); a server's hot code passes the thresholds within
     * its first requests. C1 alone would start faster still but leave the dashboard's queries at
     * C1's speed for good. glibc keeps the native memory freed after start-up and the gazetteer's
     * loading in its arenas; the JVM hands it back every 5 s, some 40 MB of the app's resident size.
     */
    static final List<String> APP_OPTIONS = List.of("-XX:Tier4InvocationThreshold=150000",
            "-XX:Tier4MinInvocationThreshold=18000", "-XX:Tier4CompileThreshold=450000",
            "-XX:Tier4BackEdgeThreshold=1200000", "-XX:TrimNativeHeapInterval=5000");

    /** The launch file, once the archive is there; empty when the training run failed. */
    Optional<Path> prepare() throws IOException, InterruptedException {
        ClassPathCache.Entry entry = ClassPathCache.prepare(jar, root);
        deleteAbandonedDumps(entry.directory(), System.currentTimeMillis());
        ClassArchive.Plan plan = ClassArchive.plan(entry.directory(), ClassArchive.APP_ARCHIVE, jvm);
        if (plan.dump().isPresent()) {
            Path data = Files.createTempDirectory("newsatlas-training-");
            try {
                Process run = new ProcessBuilder(trainingCommand(entry, plan, data)).redirectErrorStream(true)
                        .redirectOutput(entry.directory().resolve(LOG).toFile()).start();
                boolean ended = run.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
                if (!ended) {
                    run.destroyForcibly().waitFor();
                }
                ClassArchive.publish(plan.dump().get(), ended ? run.exitValue() : -1, entry.directory(),
                        ClassArchive.APP_ARCHIVE, jvm);
            } finally {
                CacheCleanup.deleteTree(data);
            }
        }
        Path archive = entry.directory().resolve(ClassArchive.APP_ARCHIVE);
        if (!ClassArchive.verified(archive, entry.directory().resolve(ClassArchive.checksumOf(ClassArchive.APP_ARCHIVE)), jvm)) {
            return Optional.empty();
        }
        Path launchFile = entry.directory().resolve(LaunchFile.APP);
        launchFile(entry, archive).write(launchFile);
        return Optional.of(launchFile);
    }

    /**
     * A training run whose app was stopped first exits once its context is refreshed and dumps its
     * archive, with no one left to publish it: some 60 MB. An hour old, it is nobody's any more.
     */
    static void deleteAbandonedDumps(Path directory, long now) throws IOException {
        try (DirectoryStream<Path> dumps = Files.newDirectoryStream(directory, ClassArchive.APP_ARCHIVE + ".*.tmp")) {
            for (Path dump : dumps) {
                if (Files.getLastModifiedTime(dump).toMillis() < now - ABANDONED_MILLIS) {
                    Files.deleteIfExists(dump);
                }
            }
        }
    }

    List<String> trainingCommand(ClassPathCache.Entry entry, ClassArchive.Plan plan, Path data) {
        List<String> command = new ArrayList<>();
        command.add(java);
        // a start-up like the app child's, which costs it the same less CPU beside the running app
        command.addAll(APP_OPTIONS);
        command.addAll(jvmOptions);
        command.addAll(plan.jvmOptions());
        command.add("-Dspring.context.exit=onRefresh");
        command.add("-D" + Launcher.CHILD_PROPERTY + "=training");
        command.addAll(List.of("-cp", entry.classPathArgument(), entry.mainClass(), "--server.port=0", "--newsatlas.data-dir=" + data));
        return command;
    }

    LaunchFile launchFile(ClassPathCache.Entry entry, Path archive) throws IOException {
        List<String> options = new ArrayList<>(APP_OPTIONS);
        options.add("-XX:SharedArchiveFile=" + archive);
        options.add("-D" + Launcher.CHILD_PROPERTY + "=app");
        options.addAll(List.of("-cp", entry.classPathArgument(), entry.mainClass()));
        Path real = jar.toRealPath();
        return new LaunchFile(Files.size(real), Files.getLastModifiedTime(real).toMillis(), jvm, List.of(),
                entry.neededWith(archive), options);
    }
}
