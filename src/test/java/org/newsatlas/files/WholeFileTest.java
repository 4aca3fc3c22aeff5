package org.newsatlas.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileTest {

    @TempDir
    Path directory;

    @Test
    void a_file_is_written_in_a_new_folder_and_replaces_the_old_one_leaving_no_temporary_file() throws IOException {
        Path target = directory.resolve("models/prepared/model.bin");

        WholeFile.write(target, bytes("old"));
        WholeFile.write(target, bytes("new"));

        assertThat(Files.readString(target)).isEqualTo("new");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void a_write_that_fails_leaves_the_old_file_as_it_was() throws IOException {
        Path target = directory.resolve("snapshot");
        WholeFile.write(target, bytes("old"));
        // a folder in the temporary file's place makes the write fail before the move
        Files.createDirectory(directory.resolve("snapshot.tmp"));
        Files.writeString(directory.resolve("snapshot.tmp/inside"), "keeps the folder from being deleted");

        assertThatThrownBy(() -> WholeFile.write(target, bytes("new"))).isInstanceOf(IOException.class);

        assertThat(Files.readString(target)).isEqualTo("old");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
