package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GeoNamesReaderTest {

    private static final String TRIPOLI = "2210247\tTripoli\tTripoli\tTarabulus,Ţarābulus\t32.88743\t13.18733\tP\tPPLC"
            + "\tLY\t\t77\t\t\t\t1150989\t\t\tAfrica/Tripoli\t2024-01-01\n";

    private final List<GazetteerEntry> entries = new ArrayList<>();

    @Test
    void a_row_becomes_an_entry_with_every_column_that_matters() throws IOException {
        GeoNamesReader.ReadResult result = read(bytes(TRIPOLI));

        assertThat(result).isEqualTo(new GeoNamesReader.ReadResult(1, 0));
        assertThat(entries).containsExactly(new GazetteerEntry(2210247, "Tripoli", "Tripoli",
                List.of("Tarabulus", "Ţarābulus"), 32.88743, 13.18733, "P", "PPLC", "LY", "77", "", 1150989));
    }

    @Test
    void gzip_is_recognised_by_its_magic_bytes_whatever_the_file_name() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(bytes(TRIPOLI));
        }

        read(zipped.toByteArray());

        assertThat(entries).extracting(GazetteerEntry::name).containsExactly("Tripoli");
    }

    @Test
    void short_rows_and_unparseable_ids_are_skipped_and_counted() throws IOException {
        String rows = "2219905\tGhadamis\n" + TRIPOLI.replace("2210247", "abc")
                + TRIPOLI.replace("32.88743", "north") + TRIPOLI;

        GeoNamesReader.ReadResult result = read(bytes(rows));

        assertThat(result).isEqualTo(new GeoNamesReader.ReadResult(4, 3));
        assertThat(entries).hasSize(1);
    }

    @Test
    void missing_trailing_columns_and_an_empty_population_are_accepted() throws IOException {
        read(bytes("2217351\tGhat\tGhat\t\t24.9647\t10.17278\tP\tPPLA\tLY\t\t68\t\t\t\t\n"));

        assertThat(entries).singleElement().satisfies(ghat -> {
            assertThat(ghat.population()).isZero();
            assertThat(ghat.alternateNames()).isEmpty();
        });
    }

    @Test
    void blank_lines_and_comments_are_not_rows() throws IOException {
        assertThat(read(bytes("# header\n\n" + TRIPOLI)).rows()).isEqualTo(1);
    }

    @Test
    void a_byte_order_mark_does_not_spoil_the_first_row() throws IOException {
        assertThat(read(bytes("\uFEFF" + TRIPOLI)).skipped()).isZero();
    }

    private GeoNamesReader.ReadResult read(byte[] data) throws IOException {
        try (InputStream in = new ByteArrayInputStream(data)) {
            return new GeoNamesReader().read(in, entries::add);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
