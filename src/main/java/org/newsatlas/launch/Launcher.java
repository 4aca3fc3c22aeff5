package org.newsatlas.launch;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The jar's entry point, at the jar's root and using nothing beyond java.base, so that it loads in
 * milliseconds. Once a command has run from the jar, the class cache holds a ready-made command
 * line for the batch child ({@link LaunchFile}); this class starts that child straight away, and
 * so skips Spring Boot's launcher, which opens the nested jars and costs the parent about half a
 * second of CPU. The web app likewise, once a training run has made its class-data archive
 * ({@code org.newsatlas.cli.AppStartCache}). Anything else (a first run, the commands that stay in
 * this JVM, {@code NEWSATLAS_BATCH_JVM=false}, a cache that does not fit) goes to Spring Boot's
 * launcher exactly as before.
 */
public final class Launcher {

    /** Set on a child JVM, which then runs the command itself. */
    public static final String CHILD_PROPERTY = "newsatlas.batch-jvm";
    static final String SPRING_BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        Optional<List<String>> child;
        try {
            child = child(Arrays.asList(args), System.getenv(), System.getProperty(CHILD_PROPERTY),
                    System.getProperty("java.class.path"), System.getProperty("user.home"), LaunchFile.thisJvm());
        } catch (IOException | RuntimeException e) {
            System.err.println("newsatlas: starting without the class cache: " + e);
            child = Optional.empty();
        }
        if (child.isPresent()) {
            System.exit(ChildJvm.run(child.get()));
        }
        springBoot(args);
    }

    /** Whether a JVM run this way should start a child rather than do the work itself. */
    public static boolean handsOver(String childProperty, String setting, String classPath, Optional<String> java) {
        boolean runAsJar = classPath != null && classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator);
        return childProperty == null && !"false".equalsIgnoreCase(setting) && runAsJar && java.isPresent();
    }

    private static Optional<List<String>> child(List<String> args, Map<String, String> env, String childProperty,
            String classPath, String userHome, String jvm) throws IOException {
        if (!args.isEmpty() && !args.get(0).startsWith("-")) {
            // this JVM's own java, as ProcessHandle would say, without setting up its process table reader
            Optional<String> java = Optional.of(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            return batchChild(args, env, childProperty, classPath, java, userHome, jvm);
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String> java = self.command();
        Optional<List<String>> jvmOptions = jvmOptions(self.arguments());
        if (jvmOptions.isEmpty()) {
            return Optional.empty();
        }
        return appChild(args, env, childProperty, classPath, java, userHome, jvm, jvmOptions.get());
    }

    /** The batch child's command line when the cache has a launch file that fits this jar and JVM. */
    static Optional<List<String>> batchChild(List<String> args, Map<String, String> env, String childProperty,
            String classPath, Optional<String> java, String userHome, String jvm) throws IOException {
        if (args.isEmpty() || args.get(0).startsWith("-")) {
            return Optional.empty();
        }
        Optional<LaunchFile> launch = fitting(LaunchFile.BATCH, env, childProperty, classPath, java, userHome, jvm, false);
        if (launch.isEmpty() || launch.get().staying().contains(args.get(0))) {
            return Optional.empty();
        }
        return Optional.of(line(java.get(), List.of(), launch.get(), args));
    }

    /**
     * The web app's child: the cache's options, then this JVM's own (a {@code -Xmx} or {@code -D}
     * given to {@code java -jar} applies to the app, as it did when the app ran here, and overrides
     * a flag of the cache's), then the class path and start class.
     */
    static Optional<List<String>> appChild(List<String> args, Map<String, String> env, String childProperty,
            String classPath, Optional<String> java, String userHome, String jvm, List<String> jvmOptions) throws IOException {
        Optional<LaunchFile> launch = fitting(LaunchFile.APP, env, childProperty, classPath, java, userHome, jvm, true);
        return launch.map(file -> line(java.get(), jvmOptions, file, args));
    }

    /** The options given to this JVM before {@code -jar}; empty when it was not started with {@code -jar}. */
    public static Optional<List<String>> jvmOptions(Optional<String[]> arguments) {
        if (arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> all = Arrays.asList(arguments.get());
        int jar = all.indexOf("-jar");
        return jar < 0 ? Optional.empty() : Optional.of(all.subList(0, jar));
    }

    private static Optional<LaunchFile> fitting(String name, Map<String, String> env, String childProperty,
            String classPath, Optional<String> java, String userHome, String jvm, boolean sayWhy) throws IOException {
        Optional<Path> root = CacheLocation.root(env, userHome);
        if (!handsOver(childProperty, env.get("NEWSATLAS_BATCH_JVM"), classPath, java) || root.isEmpty()) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toRealPath();
        Path file = root.get().resolve(CacheLocation.key(jar)).resolve(name);
        Optional<LaunchFile> launch = LaunchFile.read(file);
        if (launch.isPresent() && !launch.get().fits(jar, jvm)) {
            if (sayWhy) {
                System.err.println("newsatlas: starting in this JVM: " + file + " does not fit this jar, JVM or cache");
            }
            return Optional.empty();
        }
        return launch;
    }

    /** This JVM's options just before the class path: after the cache's, so that where the two set one flag, they win. */
    private static List<String> line(String java, List<String> jvmOptions, LaunchFile launch, List<String> args) {
        List<String> line = new ArrayList<>();
        line.add(java);
        int classPath = launch.options().indexOf("-cp");
        int at = classPath < 0 ? 0 : classPath;
        line.addAll(launch.options().subList(0, at));
        line.addAll(jvmOptions);
        line.addAll(launch.options().subList(at, launch.options().size()));
        line.addAll(args);
        return line;
    }

    private static void springBoot(String[] args) throws Throwable {
        try {
            Class.forName(SPRING_BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
