package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChunkTokenizerTest {

    private static ChunkTokenizer tokenizer;

    @BeforeAll
    static void loadModel() {
        tokenizer = new ChunkTokenizer(new TokenizerME(NlpModels.loadFromClasspath().tokens()));
    }

    private static String[] tokens(String text) {
        return Span.spansToStrings(tokenizer.tokenizePos(text), text);
    }

    @Test
    void a_chunk_of_letters_and_digits_is_one_token_without_asking_the_model() {
        assertThat(ChunkTokenizer.isPlainWord("at BANTAM now", 3, 9)).isTrue();
        assertThat(tokens("BANTAM — A Danbury mason")).containsExactly("BANTAM", "—", "A", "Danbury", "mason");
    }

    @Test
    void a_chunk_with_punctuation_still_goes_to_the_model() {
        assertThat(ChunkTokenizer.isPlainWord("(LTTE)", 0, 6)).isFalse();
        assertThat(tokens("the Tigers (LTTE) said")).containsExactly("the", "Tigers", "(", "LTTE", ")", "said");
    }

    @Test
    void offsets_count_from_the_start_of_the_text_across_any_whitespace() {
        String text = "  Sirte,\tMisrata\u00a0and  Tripoli.";
        for (Span span : tokenizer.tokenizePos(text)) {
            assertThat(text.substring(span.getStart(), span.getEnd())).isNotBlank().doesNotContain(" ");
        }
        assertThat(tokens(text)).contains("Sirte", ",", "Misrata", "and", "Tripoli");
    }

    @Test
    void a_plain_word_followed_by_a_separator_is_split_as_the_model_splits_it() {
        TokenizerME model = new TokenizerME(NlpModels.loadFromClasspath().tokens());
        for (char separator : ChunkTokenizer.SEPARATORS.toCharArray()) {
            String chunk = "Tripoli" + separator;
            assertThat(tokens(chunk)).as(chunk)
                    .containsExactly(Span.spansToStrings(model.tokenizePos(chunk), chunk))
                    .containsExactly("Tripoli", String.valueOf(separator));
        }
    }

    private static String chunkOf(int length) {
        return "don't-".repeat(length / 6 + 1).substring(0, length);
    }

    private static String[] byTheModel(String chunk) {
        return new TokenizerME(NlpModels.loadFromClasspath().tokens()).tokenize(chunk);
    }

    private static String[] byRule(String chunk) {
        java.util.List<Span> spans = new java.util.ArrayList<>();
        ChunkTokenizer.cutByRule(chunk, 0, chunk.length(), spans);
        return Span.spansToStrings(spans.toArray(new Span[0]), chunk);
    }

    @Test
    void a_chunk_as_long_as_the_limit_still_goes_to_the_model() {
        String chunk = chunkOf(ChunkTokenizer.LONGEST_CHUNK_FOR_THE_MODEL);
        assertThat(byTheModel(chunk)).as("the model and the rule differ on this chunk").isNotEqualTo(byRule(chunk));
        assertThat(tokens(chunk)).containsExactly(byTheModel(chunk));
    }

    @Test
    void a_chunk_longer_than_the_limit_is_cut_by_rule_into_words_and_single_marks() {
        String chunk = chunkOf(ChunkTokenizer.LONGEST_CHUNK_FOR_THE_MODEL + 1);
        assertThat(tokens(chunk)).containsExactly(byRule(chunk));
        assertThat(tokens("xy " + "Tripoli.,Sirte;".repeat(20))).startsWith("xy", "Tripoli", ".", ",", "Sirte", ";", "Tripoli");
    }
}
