package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs a JVM with the batch child's flags and asks it where an array of a given size was made:
 * the flags are only worth their comment if the JVM does what it says.
 */
class BatchJvmHeapTest {

    private static final int KB = 1024;

    @Test
    void an_array_of_a_megabyte_is_made_in_the_old_generation() throws Exception {
        assertThat(generationOf(1024 * KB)).isEqualTo("old");
    }

    @Test
    void an_array_of_a_hundred_kilobytes_is_made_in_the_young_generation() throws Exception {
        assertThat(generationOf(100 * KB)).isEqualTo("young");
    }

    private static String generationOf(int bytes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(BatchJvm.FLAGS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Allocate.class.getName(),
                Integer.toString(bytes)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).isZero();
        return answer;
    }

    /** The probe: allocates one byte array and says whether the old generation grew by its size. */
    public static final class Allocate {

        static byte[] kept;

        public static void main(String[] args) {
            int bytes = Integer.parseInt(args[0]);
            long oldBefore = used("Tenured Gen");
            kept = new byte[bytes];
            // eden's usage need not grow: a small array may fit the thread's allocation buffer
            System.out.println(used("Tenured Gen") - oldBefore >= bytes ? "old" : "young");
        }

        private static long used(String pool) {
            for (MemoryPoolMXBean bean : ManagementFactory.getMemoryPoolMXBeans()) {
                if (bean.getName().equals(pool)) {
                    return bean.getUsage().getUsed();
                }
            }
            throw new IllegalStateException("no memory pool " + pool);
        }
    }
}
