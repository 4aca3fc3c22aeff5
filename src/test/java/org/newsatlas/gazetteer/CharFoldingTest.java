package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharFoldingTest {

    @Test
    void letters_fold_to_one_lower_case_unaccented_letter() {
        assertThat(CharFolding.fold('É')).isEqualTo('e');
        assertThat(CharFolding.fold('t')).isEqualTo('t');
    }

    @Test
    void letters_without_a_decomposition_fold_to_several() {
        assertThat(CharFolding.fold('ß')).isEqualTo(CharFolding.MULTI);
        assertThat(CharFolding.multi('ß')).isEqualTo("ss");
    }

    @Test
    void periods_and_apostrophes_are_dropped_while_hyphens_separate_words() {
        assertThat(CharFolding.fold('.')).isEqualTo(CharFolding.DROP);
        assertThat(CharFolding.fold('ʻ')).isEqualTo(CharFolding.DROP);
        assertThat(CharFolding.fold('-')).isEqualTo(CharFolding.SEPARATOR);
    }
}
