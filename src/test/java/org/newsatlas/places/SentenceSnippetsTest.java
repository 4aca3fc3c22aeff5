package org.newsatlas.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.places.PlaceSentence.Highlight;
import org.newsatlas.places.SentenceSnippets.Located;

class SentenceSnippetsTest {

    private static final String TEXT = "Talks began. Tripoli and Tripoli again. Sirte waits.";

    @Test
    void each_sentence_comes_once_with_every_mention_of_the_place_highlighted() {
        List<PlaceSentence> sentences = SentenceSnippets.of(7, "Title", TEXT,
                List.of(new Located(13, 20, 13, 39), new Located(25, 32, 13, 39)));

        assertThat(sentences).containsExactly(new PlaceSentence(7, "Title", 13, "Tripoli and Tripoli again.",
                List.of(new Highlight(0, 7), new Highlight(12, 19))));
    }

    @Test
    void highlights_are_relative_to_the_sentence() {
        PlaceSentence sentence = SentenceSnippets.of(1, "T", TEXT, List.of(new Located(40, 45, 40, 52))).get(0);

        assertThat(sentence.text().substring(sentence.highlights().get(0).start(), sentence.highlights().get(0).end()))
                .isEqualTo("Sirte");
    }

    @Test
    void offsets_beyond_the_text_are_clamped() {
        PlaceSentence sentence = SentenceSnippets.of(1, "T", "Sirte", List.of(new Located(0, 9, 0, 99))).get(0);

        assertThat(sentence.text()).isEqualTo("Sirte");
        assertThat(sentence.highlights()).containsExactly(new Highlight(0, 5));
    }
}
