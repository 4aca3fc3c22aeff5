package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenShapesTest {

    @Test
    void a_word_with_letters_and_no_lower_case_one_is_in_capitals() {
        assertThat(TokenShapes.isAllCaps("NATO")).isTrue();
        assertThat(TokenShapes.isAllCaps("U.S.")).isTrue();
        assertThat(TokenShapes.isAllCaps("G7")).isTrue();
    }

    @Test
    void a_word_with_a_lower_case_letter_or_no_letter_at_all_is_not() {
        assertThat(TokenShapes.isAllCaps("Nato")).isFalse();
        assertThat(TokenShapes.isAllCaps("1990")).isFalse();
        assertThat(TokenShapes.isAllCaps("-")).isFalse();
    }
}
