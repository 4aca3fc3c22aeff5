package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CandidateTokensTest {

    @Test
    void a_word_of_two_letters_or_more_can_open_a_name() {
        assertThat(CandidateTokens.canStartName("Al")).isTrue();
        assertThat(CandidateTokens.canStartName("Tunis")).isTrue();
    }

    @Test
    void a_single_letter_cannot() {
        assertThat(CandidateTokens.canStartName("A")).isFalse();
        assertThat(CandidateTokens.canStartName("I")).isFalse();
    }

    @Test
    void amounts_ordinals_and_currencies_cannot() {
        assertThat(CandidateTokens.canStartName("5th")).isFalse();
        assertThat(CandidateTokens.canStartName("US$")).isFalse();
        assertThat(CandidateTokens.canStartName("£5")).isFalse();
    }

    @Test
    void contractions_cannot() {
        assertThat(CandidateTokens.canStartName("I'm")).isFalse();
        assertThat(CandidateTokens.canStartName("We’re")).isFalse();
        assertThat(CandidateTokens.canStartName("Don't")).isFalse();
        assertThat(CandidateTokens.canStartName("They'll")).isFalse();
    }

    @Test
    void names_with_an_apostrophe_can() {
        assertThat(CandidateTokens.canStartName("N'Djamena")).isTrue();
        assertThat(CandidateTokens.canStartName("O'Hare")).isTrue();
        assertThat(CandidateTokens.canStartName("'Amran")).isTrue();
    }
}
