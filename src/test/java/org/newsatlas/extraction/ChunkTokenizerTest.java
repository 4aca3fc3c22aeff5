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
}
