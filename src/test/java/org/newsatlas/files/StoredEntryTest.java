package org.newsatlas.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class StoredEntryTest {

    private static final byte[] CONTENT = "the same line again and again, the same line again and again"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void a_stored_entry_is_written_as_it_is_and_reads_back_whole() throws IOException {
        byte[] zip = zipOf(StoredEntry.of("model.bin", CONTENT));

        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(entry.getCompressedSize()).isEqualTo(CONTENT.length);
            assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        }
    }

    @Test
    void the_same_content_in_a_default_entry_is_deflated_and_smaller() throws IOException {
        byte[] stored = zipOf(StoredEntry.of("model.bin", CONTENT));
        byte[] deflated = zipOf(new ZipEntry("model.bin"));

        assertThat(deflated.length).isLessThan(stored.length);
    }

    private static byte[] zipOf(ZipEntry entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(entry);
            out.write(CONTENT);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
