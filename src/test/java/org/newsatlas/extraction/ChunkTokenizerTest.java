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

    @Test
    void a_chunk_the_model_split_before_is_split_the_same_from_memory_at_any_offset() {
        ChunkTokenizer fresh = new ChunkTokenizer(new TokenizerME(NlpModels.loadFromClasspath().tokens()));
        String first = "the U.S. (AP) said";
        String again = "on Monday, the   U.S. (AP) and";
        assertThat(Span.spansToStrings(fresh.tokenizePos(first), first)).containsExactly("the", "U.S.", "(", "AP", ")", "said");
        assertThat(fresh.rememberedChunks()).isEqualTo(2);
        assertThat(Span.spansToStrings(fresh.tokenizePos(again), again))
                .containsExactly("on", "Monday", ",", "the", "U.S.", "(", "AP", ")", "and");
        assertThat(fresh.rememberedChunks()).as("nothing new to remember").isEqualTo(2);
        assertThat(fresh.byTheModel("(AP)")).containsExactly(0, 1, 1, 3, 3, 4);
    }

    @Test
    void chunks_split_without_the_model_are_not_remembered() {
        ChunkTokenizer fresh = new ChunkTokenizer(new TokenizerME(NlpModels.loadFromClasspath().tokens()));
        fresh.tokenizePos("Tripoli, Sirte and " + chunkOf(ChunkTokenizer.LONGEST_CHUNK_FOR_THE_MODEL + 1));
        assertThat(fresh.rememberedChunks()).isZero();
        fresh.tokenizePos("Tripoli. Sirte");
        assertThat(fresh.rememberedChunks()).isEqualTo(1);
    }

    @Test
    void memory_forgets_the_least_recently_used_chunk_beyond_its_limit() {
        ChunkTokenizer fresh = new ChunkTokenizer(new TokenizerME(NlpModels.loadFromClasspath().tokens()));
        fresh.tokenizePos("(AP) U.S.");
        for (int i = 2; i < ChunkTokenizer.REMEMBERED_CHUNKS; i++) {
            fresh.tokenizePos("n" + i + ".");
        }
        fresh.tokenizePos("(AP)");
        assertThat(fresh.remembers("U.S.")).isTrue();
        fresh.tokenizePos("one more.");
        assertThat(fresh.rememberedChunks()).isEqualTo(ChunkTokenizer.REMEMBERED_CHUNKS);
        assertThat(fresh.remembers("(AP)")).as("used again lately").isTrue();
        assertThat(fresh.remembers("U.S.")).as("least recently used").isFalse();
        assertThat(Span.spansToStrings(fresh.tokenizePos("U.S."), "U.S.")).containsExactly("U.S.");
    }
}
