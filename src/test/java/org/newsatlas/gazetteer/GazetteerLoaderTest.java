package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerLoaderTest {

    @Test
    void bundled_files_are_loaded_from_the_classpath_including_gzip() {
        InMemoryGazetteer gazetteer = GazetteerFixture.bundledOnly();

        assertThat(gazetteer.size()).isEqualTo(16);
        assertThat(gazetteer.stats().sources()).hasSize(3);
    }

    @Test
    void missing_bundled_files_are_reported_not_fatal() {
        assertThat(GazetteerFixture.bundledOnly().stats().missingSources())
                .containsExactly("classpath:gazetteer-fixture/regions.txt", "classpath:gazetteer-fixture/admin2.txt.gz");
    }

    @Test
    void extra_files_are_loaded_in_addition_to_the_bundled_ones() {
        InMemoryGazetteer gazetteer = GazetteerFixture.withExtraLibya();

        assertThat(gazetteer.lookup("Misrata")).extracting(GazetteerEntry::name).containsExactly("Misratah");
        assertThat(gazetteer.lookup("St. Louis")).hasSize(1);
        assertThat(gazetteer.demonym("Libyan")).isPresent();
    }

    @Test
    void extra_files_replace_the_bundled_ones_when_bundled_is_off() {
        InMemoryGazetteer gazetteer = GazetteerFixture.load(
                new GazetteerProperties(false, List.of(GazetteerFixture.EXTRA_LY), null));

        assertThat(gazetteer.entries()).extracting(GazetteerEntry::name)
                .containsExactlyInAnyOrder("Tripoli", "Misratah", "Ghat");
        assertThat(gazetteer.demonym("Libyan")).isEmpty();
    }

    @Test
    void the_same_geonameid_from_two_files_is_one_entry_with_the_names_of_both() {
        InMemoryGazetteer gazetteer = GazetteerFixture.withExtraLibya();

        assertThat(gazetteer.lookup("Trablus Gharb")).extracting(GazetteerEntry::geonameId).containsExactly(2210247L);
        assertThat(gazetteer.lookup("Tarabulus")).extracting(GazetteerEntry::geonameId).contains(2210247L);
        assertThat(gazetteer.stats().duplicatesMerged()).isEqualTo(1);
        assertThat(gazetteer.size()).isEqualTo(18);
    }

    @Test
    void malformed_rows_are_skipped_and_counted() {
        GazetteerStats stats = GazetteerFixture.withExtraLibya().stats();

        assertThat(stats.rowsSkipped()).isEqualTo(2);
        assertThat(stats.rowsRead()).isEqualTo(21);
    }

    @Test
    void a_demonyms_file_replaces_the_bundled_demonyms() {
        InMemoryGazetteer gazetteer = GazetteerFixture.load(new GazetteerProperties(true, List.of(),
                "classpath:gazetteer-fixture/extra/demonyms-override.tsv"));

        assertThat(gazetteer.demonym("Tripolitan")).get().extracting(GazetteerEntry::geonameId).isEqualTo(2210247L);
        assertThat(gazetteer.demonym("Libyan")).isEmpty();
    }

    @Test
    void a_missing_extra_file_fails_the_load() {
        assertThatThrownBy(() -> GazetteerFixture.load(
                new GazetteerProperties(true, List.of("/nonexistent/LY.txt"), null)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("/nonexistent/LY.txt");
    }

    @Test
    void with_no_configuration_the_bundled_files_are_used() {
        assertThat(GazetteerProperties.defaults().includeBundled()).isTrue();
        assertThat(GazetteerProperties.defaults().extraFiles()).isEmpty();
    }
}
