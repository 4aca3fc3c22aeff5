package org.newsatlas.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextChecksTest {

    private final TextChecks checks = new TextChecks(new IngestionProperties(100, 200, true, java.time.Duration.ofSeconds(10), 500));

    @Test
    void an_empty_file_is_rejected() {
        assertThatThrownBy(() -> checks.decode(new byte[0])).isInstanceOf(UploadRejected.class).hasMessageContaining("empty");
    }

    @Test
    void blank_text_is_rejected() {
        assertThatThrownBy(() -> checks.checkText(" \n\t ")).isInstanceOf(UploadRejected.class).hasMessageContaining("no text");
    }

    @Test
    void a_file_with_nul_bytes_is_rejected_as_binary() {
        byte[] content = {'P', 'K', 3, 4, 0, 0, 'x'};
        assertThatThrownBy(() -> checks.decode(content)).isInstanceOf(UploadRejected.class).hasMessageContaining("binary");
    }

    @Test
    void bytes_that_are_not_utf8_are_rejected() {
        byte[] latin1 = "Tunis, café".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> checks.decode(latin1)).isInstanceOf(UploadRejected.class).hasMessageContaining("UTF-8");
    }

    @Test
    void text_made_mostly_of_control_characters_is_rejected() {
        assertThatThrownBy(() -> checks.checkText("ab\u0001\u0002\u0003\u0004cd")).isInstanceOf(UploadRejected.class);
    }

    @Test
    void a_file_over_the_byte_limit_is_rejected() {
        assertThatThrownBy(() -> checks.decode("x".repeat(201).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UploadRejected.class).hasMessageContaining("too large");
    }

    @Test
    void text_over_the_character_limit_is_rejected() {
        assertThatThrownBy(() -> checks.checkText("x".repeat(101))).isInstanceOf(UploadRejected.class)
                .hasMessageContaining("too long");
    }

    @Test
    void good_text_comes_back_trimmed_with_unix_line_endings_and_no_byte_order_mark() {
        String decoded = checks.decode("\uFEFFTitle\r\nText in Tripoli.\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(checks.checkText(decoded)).isEqualTo("Title\nText in Tripoli.");
    }
}
