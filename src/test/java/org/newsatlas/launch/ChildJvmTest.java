package org.newsatlas.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes: a parent JVM running {@link ChildJvm}, its child watching it with {@link ParentWatch}. */
class ChildJvmTest {

    @TempDir
    Path folder;

    @Test
    void the_childs_exit_code_is_the_parents() throws Exception {
        Process parent = parent("exit", "3");

        assertThat(parent.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(parent.exitValue()).isEqualTo(3);
        assertThat(Files.readString(folder.resolve("stopped"))).isEqualTo("cleanly");
    }

    @Test
    void a_sigterm_to_the_parent_stops_the_child_through_its_shutdown_hooks_first() throws Exception {
        Process parent = parent("sleep", "600");
        ProcessHandle child = childOnceStarted();
        assertThat(child.isAlive()).isTrue();

        parent.destroy();

        assertThat(parent.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.isAlive()).isFalse();
        assertThat(Files.readString(folder.resolve("stopped"))).isEqualTo("cleanly");
    }

    @Test
    void a_child_whose_parent_is_killed_outright_stops_by_itself() throws Exception {
        Process parent = parent("sleep", "600");
        ProcessHandle child = childOnceStarted();
        Thread.sleep(1_000);
        assertThat(child.isAlive()).isTrue();

        parent.destroyForcibly();
        parent.waitFor();

        assertThat(child.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).get()).isNotNull();
        assertThat(child.isAlive()).isFalse();
        assertThat(Files.readString(folder.resolve("stopped"))).isEqualTo("cleanly");
    }

    private Process parent(String what, String value) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        String classPath = System.getProperty("java.class.path");
        List<String> child = List.of(java, "-D" + Launcher.CHILD_PROPERTY + "=child", "-cp", classPath,
                Child.class.getName(), folder.toString(), what, value);
        return new ProcessBuilder(java, "-cp", classPath, Parent.class.getName(), String.join("\u001f", child))
                .redirectErrorStream(true).redirectOutput(folder.resolve("out.txt").toFile()).start();
    }

    private ProcessHandle childOnceStarted() throws Exception {
        Path pid = folder.resolve("pid");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(pid) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Optional<ProcessHandle> child = ProcessHandle.of(Long.parseLong(Files.readString(pid)));
        assertThat(child).isPresent();
        return child.get();
    }

    /** The launching JVM: runs the child given as one argument, its words apart by the unit separator and exits with its code. */
    static final class Parent {

        public static void main(String[] args) throws Exception {
            System.exit(ChildJvm.run(List.of(args[0].split("\u001f"))));
        }
    }

    /** A child that notes its pid, then sleeps or exits, and says in a shutdown hook that it stopped cleanly. */
    static final class Child {

        public static void main(String[] args) throws Exception {
            Path folder = Path.of(args[0]);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Files.writeString(folder.resolve("stopped"), "cleanly");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
            ParentWatch.startIfChild();
            Path written = Files.writeString(folder.resolve("pid.tmp"), Long.toString(ProcessHandle.current().pid()));
            Files.move(written, folder.resolve("pid"));
            if (args[1].equals("exit")) {
                System.exit(Integer.parseInt(args[2]));
            }
            Thread.sleep(Long.parseLong(args[2]) * 1_000);
        }
    }
}
