package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparedModelsTest {

    @Test
    void the_build_has_prepared_the_tagger_and_the_name_finder_for_their_beam_widths() throws IOException {
        assertThat(PreparedModels.class.getResource(PreparedModels.name(NlpModels.POS_MODEL, NlpModels.TAGGER_BEAM)))
                .isNotNull();
        assertThat(PreparedModels.class.getResource(
                PreparedModels.name(NlpModels.LOCATION_MODEL, NlpModels.NAME_FINDER_BEAM))).isNotNull();
        // read from the prepared file, not rewritten in memory
        try (InputStream in = PreparedModels.open(NlpModels.LOCATION_MODEL, NlpModels.NAME_FINDER_BEAM)) {
            assertThat(in).isInstanceOf(BufferedInputStream.class);
        }
    }

    @Test
    void a_beam_width_nothing_was_prepared_for_is_set_at_start_instead() throws IOException {
        assertThat(PreparedModels.class.getResource(PreparedModels.name(NlpModels.POS_MODEL, 7))).isNull();
        InputStream rewritten = PreparedModels.open(NlpModels.POS_MODEL, 7);
        assertThat(rewritten).isInstanceOf(ByteArrayInputStream.class);

        POSModel model = new POSModel(rewritten);

        assertThat(model.getManifestProperty("BeamSize")).isEqualTo("7");
    }

    @Test
    void a_prepared_model_holds_what_the_rewrite_at_start_makes_with_every_entry_stored() throws IOException {
        byte[] prepared;
        try (InputStream in = PreparedModels.open(NlpModels.POS_MODEL, NlpModels.TAGGER_BEAM)) {
            prepared = in.readAllBytes();
        }
        byte[] atStart = NlpModels.rewritten(NlpModels.open(NlpModels.POS_MODEL), NlpModels.TAGGER_BEAM);

        assertThat(contents(prepared)).isEqualTo(contents(atStart)).containsKey("manifest.properties");
        assertThat(contents(prepared).get("manifest.properties")).contains("BeamSize=" + NlpModels.TAGGER_BEAM);
    }

    @Test
    void the_build_step_writes_the_model_where_the_classpath_name_says(@TempDir Path classes) throws IOException {
        Path written = PreparedModels.write(classes, NlpModels.POS_MODEL, 5);

        assertThat(written).isEqualTo(classes.resolve(PreparedModels.name(NlpModels.POS_MODEL, 5).substring(1)));
        assertThat(new POSModel(Files.newInputStream(written)).getManifestProperty("BeamSize")).isEqualTo("5");
        try (var files = Files.list(written.getParent())) {
            assertThat(files).containsExactly(written);
        }
    }

    /** Each entry's content (the manifest as sorted properties, its date comment aside), stored entries only. */
    private static Map<String, String> contents(byte[] model) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(model))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                assertThat(entry.getMethod()).as(entry.getName()).isEqualTo(ZipEntry.STORED);
                byte[] content = zip.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    Properties manifest = new Properties();
                    manifest.load(new ByteArrayInputStream(content));
                    contents.put(entry.getName(), new TreeMap<>(manifest).toString());
                } else {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    contents.put(entry.getName(), content.length + " bytes, CRC " + crc.getValue());
                }
            }
        }
        return contents;
    }
}
