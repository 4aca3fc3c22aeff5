package org.newsatlas.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitledTextTest {

    @Test
    void the_first_line_is_the_title_and_the_rest_the_text() {
        assertThat(TitledText.split("Headline\n\nBody text.")).isEqualTo(new TitledText("Headline", "Body text."));
    }

    @Test
    void a_single_line_stays_the_text_and_also_gives_the_title() {
        assertThat(TitledText.split("Just one line.")).isEqualTo(new TitledText("Just one line.", "Just one line."));
    }
}
