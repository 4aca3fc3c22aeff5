package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    private static final String JVM = "17.0.15+6-Debian-1deb12u1 /usr/lib/jvm/java-17-openjdk-amd64";

    @TempDir
    Path directory;

    @Test
    void the_first_child_dumps_an_archive_and_the_next_one_maps_it() throws IOException {
        ClassArchive.Plan first = ClassArchive.plan(directory, JVM);
        assertThat(first.dump()).isPresent();
        assertThat(first.jvmOptions()).contains("-XX:ArchiveClassesAtExit=" + first.dump().get());

        dumped(first, 3000);
        ClassArchive.publish(first.dump().get(), 0, directory, JVM);

        ClassArchive.Plan next = ClassArchive.plan(directory, JVM);
        assertThat(next.dump()).isEmpty();
        assertThat(next.jvmOptions()).containsExactly("-XX:SharedArchiveFile=" + directory.resolve(ClassArchive.ARCHIVE));
        assertThat(first.dump().get()).doesNotExist();
    }

    @Test
    void an_archive_with_a_changed_byte_is_not_used() throws IOException {
        publishOne(3000);
        assertThat(ClassArchive.plan(directory, JVM).dump()).isEmpty();

        byte[] bytes = Files.readAllBytes(directory.resolve(ClassArchive.ARCHIVE));
        bytes[1234] ^= 1;
        Files.write(directory.resolve(ClassArchive.ARCHIVE), bytes);

        assertThat(ClassArchive.plan(directory, JVM).dump()).isPresent();
    }

    @Test
    void an_archive_cut_short_is_not_used() throws IOException {
        publishOne(3000);
        assertThat(ClassArchive.plan(directory, JVM).dump()).isEmpty();

        byte[] bytes = Files.readAllBytes(directory.resolve(ClassArchive.ARCHIVE));
        Files.write(directory.resolve(ClassArchive.ARCHIVE), Arrays.copyOf(bytes, 1000));

        assertThat(ClassArchive.plan(directory, JVM).dump()).isPresent();
    }

    @Test
    void an_archive_without_its_checksum_is_not_used() throws IOException {
        publishOne(3000);
        assertThat(ClassArchive.plan(directory, JVM).dump()).isEmpty();

        Files.delete(directory.resolve(ClassArchive.CHECKSUM));

        assertThat(ClassArchive.plan(directory, JVM).dump()).isPresent();
    }

    @Test
    void an_archive_another_jvm_made_is_made_again_by_this_one() throws IOException {
        publishOne(3000);
        assertThat(ClassArchive.plan(directory, JVM).dump()).isEmpty();

        assertThat(ClassArchive.plan(directory, "17.0.16+8 /usr/lib/jvm/java-17-openjdk-amd64").dump()).isPresent();
    }

    @Test
    void a_child_that_failed_leaves_no_archive_behind() throws IOException {
        ClassArchive.Plan plan = ClassArchive.plan(directory, JVM);
        dumped(plan, 3000);

        ClassArchive.publish(plan.dump().get(), 1, directory, JVM);

        assertThat(directory.resolve(ClassArchive.ARCHIVE)).doesNotExist();
        assertThat(plan.dump().get()).doesNotExist();
        assertThat(ClassArchive.plan(directory, JVM).dump()).isPresent();
    }

    @Test
    void a_child_that_wrote_no_archive_publishes_nothing() throws IOException {
        ClassArchive.Plan plan = ClassArchive.plan(directory, JVM);

        ClassArchive.publish(plan.dump().get(), 0, directory, JVM);

        assertThat(directory.resolve(ClassArchive.ARCHIVE)).doesNotExist();
        assertThat(directory.resolve(ClassArchive.CHECKSUM)).doesNotExist();
    }

    private void publishOne(int size) throws IOException {
        ClassArchive.Plan plan = ClassArchive.plan(directory, JVM);
        dumped(plan, size);
        ClassArchive.publish(plan.dump().get(), 0, directory, JVM);
    }

    /** What the JVM does at exit with -XX:ArchiveClassesAtExit. */
    private static void dumped(ClassArchive.Plan plan, int size) throws IOException {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(plan.dump().get(), bytes);
    }
}
