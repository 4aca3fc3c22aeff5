package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private static TextAnalyzer analyzer;

    @BeforeAll
    static void loadModels() {
        analyzer = new TextAnalyzer(NlpModels.loadFromClasspath());
    }

    @Test
    void a_title_line_without_a_full_stop_is_its_own_sentence() {
        String text = "Libya talks proceed\n\nThe sides met in Egypt. They agreed.";
        List<AnalyzedSentence> sentences = analyzer.analyze(text);
        assertThat(sentences).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Libya talks proceed", "The sides met in Egypt.", "They agreed.");
    }

    @Test
    void a_full_stop_glued_to_the_last_word_is_split_off() {
        List<AnalyzedSentence> sentences = analyzer.analyze("It is supported by Russia and Egypt.");
        assertThat(sentences.get(0).tokenTexts()).endsWith("Egypt", ".");
    }

    @Test
    void a_party_initial_glued_to_a_legislators_home_is_split_off() {
        List<AnalyzedSentence> sentences = analyzer.analyze("Rep. Humason, R-Westfield, said he would go.");
        assertThat(sentences.get(sentences.size() - 1).tokenTexts()).contains("R-", "Westfield");
    }

    @Test
    void another_capital_before_a_hyphen_or_a_lower_case_word_after_it_is_no_party() {
        List<AnalyzedSentence> sentences = analyzer.analyze("He bought a T-Mobile phone for an R-rated film.");
        assertThat(sentences.get(0).tokenTexts()).doesNotContain("T-", "R-");
    }

    @Test
    void two_capitalised_words_joined_by_a_hyphen_come_as_word_hyphen_word_however_the_tokenizer_cut_them() {
        assertThat(analyzer.analyze("Rethinking Egypt-US relations today.").get(0).tokenTexts())
                .containsSubsequence("Egypt", "-", "US", "relations");
        assertThat(analyzer.analyze("The Egyptian-US partnership grew.").get(0).tokenTexts())
                .containsSubsequence("Egyptian", "-", "US", "partnership");
        assertThat(analyzer.analyze("It was cold in Athens-Clarke County today.").get(0).tokenTexts())
                .containsSubsequence("Athens", "-", "Clarke", "County");
        assertThat(analyzer.analyze("They talked of Egypt-US.").get(0).tokenTexts())
                .endsWith("Egypt", "-", "US", ".");
    }

    @Test
    void a_hyphenated_word_with_a_lower_case_half_or_a_single_letter_stays_whole() {
        assertThat(analyzer.analyze("A Russia-backed group drove a U-turn with Coca-cola.").get(0).tokenTexts())
                .contains("Russia-backed", "U-turn", "Coca-cola");
    }

    @Test
    void a_given_name_and_a_middle_initial_end_no_sentence_but_another_word_and_a_capital_may() {
        List<AnalyzedSentence> person = analyzer.analyze("Ashley L. Evans, 26, of Paris, was in custody.");
        assertThat(person).hasSize(1);
        assertThat(person.get(0).tokenTexts()).containsSubsequence("Ashley", "L.", "Evans");
        List<AnalyzedSentence> disease = analyzer.analyze("Six were ill with Hepatitis A. It spread in Paris.");
        assertThat(disease).hasSize(2);
        assertThat(analyzer.analyze("The suspect, Kodie L. Tyler, 20, was held.")).hasSize(1);
        assertThat(analyzer.analyze("He lived in Greenwood, W. Va., for years.")).hasSize(1);
        assertThat(analyzer.analyze("The store at 950 W. Dresser Road closed.")).hasSize(1);
    }

    @Test
    void a_title_or_a_saint_s_abbreviation_ends_no_sentence_but_a_street_s_may() {
        assertThat(analyzer.analyze("He went to St. Louis on Friday.")).hasSize(1)
                .first().extracting(AnalyzedSentence::tokenTexts).asList().containsSubsequence("St.", "Louis");
        assertThat(analyzer.analyze("He met Rep. Nick Rahall on Friday.")).hasSize(1)
                .first().extracting(AnalyzedSentence::tokenTexts).asList().containsSubsequence("Rep.", "Nick");
        assertThat(analyzer.analyze("He lives on Main St. The house is old.")).hasSize(2);
    }

    @Test
    void a_state_s_abbreviation_before_a_lower_case_word_ends_no_sentence_but_before_a_capital_it_may() {
        assertThat(analyzer.analyze("A man from Mt. Vernon, Ky. died.")).hasSize(1)
                .first().extracting(AnalyzedSentence::tokenTexts).asList()
                .containsSubsequence("Mt.", "Vernon", ",", "Ky.", "died");
        assertThat(analyzer.analyze("It is in Mt. Juliet, Tenn., officials said.")).hasSize(1);
        assertThat(analyzer.analyze("He left on Jan. 5 for Paris.")).hasSize(1);
        assertThat(analyzer.analyze("He lives in Paris, Ky. The town is small.")).hasSize(2);
    }

    @Test
    void an_abbreviation_runs_on_into_a_lower_case_word_up_to_five_letters_long() {
        assertThat(AbbreviationStops.LONGEST_ABBREVIATION).isEqualTo(5);
        assertThat(analyzer.analyze("He moved from Calif. and never left.")).hasSize(1);
        assertThat(analyzer.analyze("He moved to Canada. and then he left.")).hasSize(2);
    }

    @Test
    void a_stop_before_a_closing_quote_stays_apart_from_the_word() {
        List<AnalyzedSentence> sentences = analyzer.analyze("He said it came \"from Asia.\" Tests followed.");
        assertThat(sentences.get(0).tokenTexts()).contains("Asia").doesNotContain("Asia.");
    }

    @Test
    void abbreviations_keep_their_stops() {
        List<AnalyzedSentence> sentences = analyzer.analyze("He met U.S. soldiers.");
        assertThat(sentences.get(0).tokenTexts()).contains("U.S.");
    }

    @Test
    void token_offsets_point_into_the_text() {
        String text = "Meanwhile, the US’s envoy flew to Tunisia.";
        for (AnalyzedSentence sentence : analyzer.analyze(text)) {
            for (AnalyzedSentence.Token token : sentence.tokens()) {
                assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
            }
        }
    }

    @Test
    void tagging_windows_reach_a_neighbour_and_the_tagger_s_context_either_side_and_merge_where_they_touch() {
        assertThat(TextAnalyzer.windows(new int[][] {{10, 11}, {13, 14}, {30, 32}}, 34))
                .containsExactly(new int[] {7, 17, 15}, new int[] {27, 34, 33});
        assertThat(TextAnalyzer.windows(new int[][] {{0, 1}}, 2)).containsExactly(new int[] {0, 2, 2});
    }

    @Test
    void only_the_tokens_around_a_candidate_are_tagged() {
        AnalyzedSentence sentence = analyzer.analyze(
                "After a long and tiring day of talks the envoys finally flew from Tunis to Cairo.").get(0);
        int tunis = sentence.tokenTexts().indexOf("Tunis");
        AnalyzedSentence tagged = analyzer.tagged(sentence, new int[][] {{tunis, tunis + 1}});
        assertThat(tagged.token(tunis).tag()).isEqualTo("PROPN");
        assertThat(tagged.token(0).tag()).as("far from the candidate").isNull();
        assertThat(analyzer.tagged(sentence).token(0).tag()).as("the whole sentence").isNotNull();
    }

    @Test
    void an_interrupted_thread_stops_analysing_at_the_next_sentence_and_an_uninterrupted_one_does_not() {
        String text = "Talks went on in Tripoli. Sirte was quiet.";
        assertThat(analyzer.analyze(text)).hasSize(2);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> analyzer.analyze(text)).isInstanceOf(java.util.concurrent.CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void a_run_of_words_without_a_sentence_end_is_analysed_in_pieces_and_a_real_sentence_whole() {
        int longest = TextAnalyzer.LONGEST_SENTENCE;
        List<AnalyzedSentence> pieces = analyzer.analyze("Tripoli ".repeat(longest * 2 + 10));
        assertThat(pieces).extracting(AnalyzedSentence::size).containsExactly(longest, longest, 10);
        assertThat(pieces.get(1).start()).isEqualTo(pieces.get(0).token(longest - 1).end() + 1);
        assertThat(analyzer.analyze("Tripoli ".repeat(longest - 3) + "and Sirte.")).hasSize(1);
    }
}
