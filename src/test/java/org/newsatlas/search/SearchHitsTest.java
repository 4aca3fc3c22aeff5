package org.newsatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchHitsTest {

    private final SearchHits hits = new SearchHits(new TextQueries());
    private static final String TEXT = "Protesters marched in Tripoli. The protest in Benghazi ended; talks opened in Tripoli.";

    @Test
    void a_word_is_marked_wherever_it_or_its_stem_occurs() {
        assertThat(marked("protest")).containsExactly("Protesters", "protest");
        assertThat(marked("tripoli")).containsExactly("Tripoli", "Tripoli");
    }

    @Test
    void a_word_that_does_not_occur_marks_nothing() {
        assertThat(marked("misrata")).isEmpty();
    }

    @Test
    void a_phrase_is_marked_only_where_its_words_stand_together() {
        assertThat(marked("\"talks opened\"")).containsExactly("talks opened");
        assertThat(marked("\"opened talks\"")).isEmpty();
    }

    @Test
    void an_excluded_word_is_not_marked_but_the_others_are() {
        assertThat(marked("tripoli -benghazi")).containsExactly("Tripoli", "Tripoli");
    }

    @Test
    void a_prefix_marks_every_word_that_starts_with_it() {
        assertThat(marked("protest*")).containsExactly("Protesters", "protest");
    }

    private List<String> marked(String query) {
        return hits.find(TEXT, query).stream().map(r -> TEXT.substring(r.start(), r.end())).toList();
    }
}
