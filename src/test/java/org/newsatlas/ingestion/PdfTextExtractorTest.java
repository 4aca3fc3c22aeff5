package org.newsatlas.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsatlas.imports.ImportFixtures;

class PdfTextExtractorTest {

    private final PdfTextExtractor pdf = new PdfTextExtractor(
            new IngestionProperties(1_000_000, 5_242_880L, true, Duration.ofSeconds(10), 3));

    @Test
    void the_text_layer_of_a_pdf_is_its_text_and_its_title_comes_from_its_information() throws IOException {
        ExtractedText text = pdf.extract(ImportFixtures.pdf("Envoys met in Tripoli on Monday.", "Egypt hosted them."));
        assertThat(text.text()).contains("Envoys met in Tripoli on Monday.").contains("Egypt hosted them.");
    }

    @Test
    void a_pdf_without_a_text_layer_is_refused_with_that_reason() throws IOException {
        byte[] scan = ImportFixtures.pdf((String) null);
        assertThatThrownBy(() -> pdf.extract(scan)).isInstanceOf(UploadRejected.class).hasMessageContaining("no text layer");
    }

    @Test
    void a_pdf_with_more_pages_than_allowed_is_refused_and_one_with_as_many_is_read() throws IOException {
        assertThatThrownBy(() -> pdf.extract(ImportFixtures.pdf("one", "two", "three", "four")))
                .isInstanceOf(UploadRejected.class).hasMessage("This PDF has 4 pages; at most 3 are read.");
        assertThat(pdf.extract(ImportFixtures.pdf("one", "two", "three")).text()).contains("three");
    }

    @Test
    void an_encrypted_pdf_is_refused_even_without_a_password() throws IOException {
        byte[] encrypted = ImportFixtures.pdf(null, true, "Secret talks in Tripoli.");
        assertThatThrownBy(() -> pdf.extract(encrypted)).isInstanceOf(UploadRejected.class).hasMessageContaining("encrypted");
    }

    @Test
    void a_pdf_with_javascript_gives_its_text_only() throws IOException {
        ExtractedText text = pdf.extract(ImportFixtures.pdf("app.alert('pwned')", false, "Boats left Sirte."));
        assertThat(text.text()).contains("Boats left Sirte.").doesNotContain("alert");
    }

    @Test
    void a_text_file_named_pdf_and_a_truncated_pdf_are_refused_as_unreadable() throws IOException {
        assertThatThrownBy(() -> pdf.extract(ImportFixtures.utf8("Just text\nTripoli")))
                .isInstanceOf(UploadRejected.class).hasMessageContaining("not a readable PDF");
        byte[] whole = ImportFixtures.pdf("Boats left Sirte.");
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 3);
        assertThatThrownBy(() -> pdf.extract(truncated)).isInstanceOf(UploadRejected.class)
                .hasMessageContaining("not a readable PDF");
    }
}
