package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerSnapshotTest {

    private static final GazetteerProperties BUNDLED_ONLY = GazetteerProperties.defaults();

    @TempDir
    Path directory;

    @Test
    void a_gazetteer_read_from_its_snapshot_answers_like_the_one_read_from_the_text_files() throws IOException {
        InMemoryGazetteer fromText = GazetteerFixture.bundledOnly();
        Path snapshot = directory.resolve("fixture.snapshot");
        GazetteerSnapshot.write(fromText, GazetteerFixture.DIRECTORY, snapshot);

        InMemoryGazetteer fromSnapshot = loader(BUNDLED_ONLY, snapshot).loadSnapshot().orElseThrow();

        SameAnswers.assertSameAnswers(fromText, fromSnapshot, fixtureDemonyms());
    }

    @Test
    void the_comparison_notices_a_gazetteer_that_answers_differently() {
        assertThatThrownBy(() -> SameAnswers.assertSameAnswers(GazetteerFixture.bundledOnly(),
                GazetteerFixture.withExtraLibya(), fixtureDemonyms())).isInstanceOf(AssertionError.class);
    }

    @Test
    void the_same_gazetteer_gives_the_same_snapshot_bytes() throws IOException {
        Path first = directory.resolve("first");
        Path second = directory.resolve("second");
        GazetteerSnapshot.write(GazetteerFixture.bundledOnly(), GazetteerFixture.DIRECTORY, first);
        GazetteerSnapshot.write(GazetteerFixture.bundledOnly(), GazetteerFixture.DIRECTORY, second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    // The planted snapshot holds Libya's extra file, which the bundled fixture does not: finding
    // Misratah proves the snapshot was read, not finding it proves the text files were.

    @Test
    void a_snapshot_made_from_the_current_files_is_used() throws IOException {
        Path snapshot = plant(GazetteerFixture.DIRECTORY);

        InMemoryGazetteer gazetteer = loader(BUNDLED_ONLY, snapshot).load();

        assertThat(gazetteer.lookup("Misrata")).extracting(GazetteerEntry::name).containsExactly("Misratah");
        assertThat(gazetteer.size()).isEqualTo(18);
    }

    @Test
    void a_snapshot_made_from_other_files_is_stale_and_the_text_files_are_read() throws IOException {
        Path snapshot = plant("gazetteer-fixture/extra/");

        InMemoryGazetteer gazetteer = loader(BUNDLED_ONLY, snapshot).load();

        assertThat(gazetteer.lookup("Misrata")).isEmpty();
        assertThat(gazetteer.lookup("St. Louis")).hasSize(1);
        assertThat(gazetteer.size()).isEqualTo(16);
    }

    @Test
    void without_a_snapshot_the_text_files_are_read() {
        InMemoryGazetteer gazetteer = loader(BUNDLED_ONLY, directory.resolve("absent.snapshot")).load();

        assertThat(gazetteer.lookup("St. Louis")).hasSize(1);
        assertThat(gazetteer.size()).isEqualTo(16);
    }

    @Test
    void a_truncated_snapshot_is_not_used() throws IOException {
        Path snapshot = plant(GazetteerFixture.DIRECTORY);
        byte[] whole = Files.readAllBytes(snapshot);
        Files.write(snapshot, Arrays.copyOf(whole, whole.length - 5));

        InMemoryGazetteer gazetteer = loader(BUNDLED_ONLY, snapshot).load();

        assertThat(gazetteer.lookup("Misrata")).isEmpty();
        assertThat(gazetteer.size()).isEqualTo(16);
    }

    @Test
    void a_snapshot_of_another_format_is_not_used() throws IOException {
        Path snapshot = plant(GazetteerFixture.DIRECTORY);
        byte[] bytes = Files.readAllBytes(snapshot);
        bytes[Integer.BYTES] = (byte) (SnapshotWriter.FORMAT + 1);
        Files.write(snapshot, bytes);

        assertThat(loader(BUNDLED_ONLY, snapshot).load().lookup("Misrata")).isEmpty();
    }

    @Test
    void extra_files_or_a_demonyms_file_are_read_from_text_even_with_a_current_snapshot() throws IOException {
        Path snapshot = plant(GazetteerFixture.DIRECTORY);
        GazetteerProperties withDemonyms = new GazetteerProperties(true, List.of(),
                "classpath:gazetteer-fixture/extra/demonyms-override.tsv");
        GazetteerProperties withExtra = new GazetteerProperties(true, List.of("classpath:gazetteer-fixture/extra/LY.txt"),
                null);

        assertThat(loader(withDemonyms, snapshot).load().lookup("Misrata")).isEmpty();
        assertThat(loader(withDemonyms, snapshot).load().demonym("Tripolitan")).isPresent();
        assertThat(loader(withExtra, snapshot).load().stats().sources()).hasSize(4);
    }

    /** A snapshot of the fixture plus Libya, fingerprinted as if made from the files under that directory. */
    private Path plant(String fingerprintedDirectory) throws IOException {
        Path snapshot = directory.resolve("planted.snapshot");
        GazetteerSnapshot.write(GazetteerFixture.withExtraLibya(), fingerprintedDirectory, snapshot);
        return snapshot;
    }

    private static GazetteerLoader loader(GazetteerProperties properties, Path snapshot) {
        return new GazetteerLoader(properties, GazetteerFixture.DIRECTORY, snapshot.toString());
    }

    private static List<String> fixtureDemonyms() {
        return SameAnswers.demonymWords(GazetteerFixture.DIRECTORY + "demonyms.tsv");
    }
}
