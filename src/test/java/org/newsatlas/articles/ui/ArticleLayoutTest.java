package org.newsatlas.articles.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.base.ui.Highlighted;
import org.newsatlas.places.PlacedMention;
import org.newsatlas.articles.ui.ArticleLayout.Piece;
import org.newsatlas.articles.ui.ArticleLayout.Segment;

class ArticleLayoutTest {

    private static final String TEXT = "Intro. Talks in Tripoli and Sirte. Outro.";

    private static PlacedMention mention(int start, int end, long placeId) {
        return new PlacedMention(start, end, TEXT.substring(start, end), placeId, 0, 0, 7, 34);
    }

    @Test
    void sentences_with_places_become_segments_and_names_become_marks() {
        List<Segment> segments = ArticleLayout.of(TEXT, List.of(mention(16, 23, 1), mention(28, 33, 2)));

        assertThat(segments).containsExactly(
                new Segment(null, List.of(new Piece("Intro. ", null))),
                new Segment(7, List.of(new Piece("Talks in ", null), new Piece("Tripoli", 1L), new Piece(" and ", null),
                        new Piece("Sirte", 2L), new Piece(".", null))),
                new Segment(null, List.of(new Piece(" Outro.", null))));
    }

    @Test
    void the_pieces_put_together_give_back_the_whole_text() {
        StringBuilder joined = new StringBuilder();
        ArticleLayout.of(TEXT, List.of(mention(16, 23, 1))).forEach(s -> s.pieces().forEach(p -> joined.append(p.text())));

        assertThat(joined).hasToString(TEXT);
    }

    @Test
    void mentions_outside_the_text_are_ignored() {
        assertThat(ArticleLayout.of("short", List.of(mention(16, 23, 1))))
                .containsExactly(new Segment(null, List.of(new Piece("short", null))));
    }

    @Test
    void search_hits_are_pieces_of_their_own_and_a_hit_on_a_name_keeps_the_name_whole() {
        List<Segment> segments = ArticleLayout.of(TEXT, List.of(mention(16, 23, 1)),
                List.of(new Highlighted.Range(0, 5), new Highlighted.Range(16, 20)));

        assertThat(segments).containsExactly(
                new Segment(null, List.of(new Piece("Intro", null, true), new Piece(". ", null, false))),
                new Segment(7, List.of(new Piece("Talks in ", null), new Piece("Tripoli", 1L, true),
                        new Piece(" and Sirte.", null))),
                new Segment(null, List.of(new Piece(" Outro.", null))));
    }
}
