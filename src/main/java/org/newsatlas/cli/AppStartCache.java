package org.newsatlas.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import org.newsatlas.geoparser.Geoparser;
import org.newsatlas.launch.CacheLocation;
import org.newsatlas.launch.LaunchFile;
import org.newsatlas.launch.Launcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Readies the class cache for the web app's next start, once this one (run from the jar, in this
 * JVM) has started and loaded its gazetteer, so that it competes with nothing of the start-up:
 * the jar's classes extracted ({@link ClassPathCache}), a class-data archive from a training run
 * ({@link AppTraining}) and the launch file that has {@link org.newsatlas.launch.Launcher} start
 * the next app in a child JVM from them. Nothing happens in that child, in tests, in a run from
 * the build's class path, or with {@code NEWSATLAS_BATCH_JVM=false}.
 */
@Component
class AppStartCache {

    private static final Logger log = LoggerFactory.getLogger(AppStartCache.class);

    private final Geoparser geoparser;

    AppStartCache(Geoparser geoparser) {
        this.geoparser = geoparser;
    }

    @EventListener(ApplicationReadyEvent.class)
    void appStarted() {
        String classPath = System.getProperty("java.class.path");
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<List<String>> jvmOptions = Launcher.jvmOptions(self.arguments());
        Optional<Path> root = CacheLocation.root(System.getenv(), System.getProperty("user.home"));
        if (!Launcher.handsOver(System.getProperty(Launcher.CHILD_PROPERTY), System.getenv("NEWSATLAS_BATCH_JVM"),
                classPath, self.command()) || jvmOptions.isEmpty() || root.isEmpty() || !launcherIn(Path.of(classPath))) {
            return;
        }
        AppTraining training = new AppTraining(Path.of(classPath), root.get(), self.command().get(), jvmOptions.get(),
                LaunchFile.thisJvm());
        geoparser.whenReady(() -> {
            Thread thread = new Thread(() -> prepare(training), "newsatlas-start-cache");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        });
    }

    /**
     * Whether the launcher was loaded from {@code jar}'s root, that is, this JVM runs our jar:
     * a test JVM also runs from one jar (Surefire's class path jar), which is not one to cache.
     */
    static boolean launcherIn(Path jar) {
        CodeSource source = Launcher.class.getProtectionDomain().getCodeSource();
        try {
            return source != null && Path.of(source.getLocation().toURI()).equals(jar.toAbsolutePath());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void prepare(AppTraining training) {
        try {
            Optional<Path> launchFile = training.prepare();
            if (launchFile.isPresent()) {
                log.info("The next start runs the app in a child JVM from {}", launchFile.get());
            } else {
                log.info("The training run for the app's class-data archive failed (its log: {} in the class cache)",
                        AppTraining.LOG);
            }
        } catch (Exception e) {
            log.info("The class cache for the next start was not made ({}); the app starts in one JVM as now",
                    e.toString());
        }
    }
}
