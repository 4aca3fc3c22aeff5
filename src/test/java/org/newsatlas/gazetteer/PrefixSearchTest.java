package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrefixSearchTest {

    private static final InMemoryGazetteer GAZETTEER = GazetteerFixture.bundledOnly();

    @Test
    void a_prefix_finds_every_place_whose_name_starts_so_most_populous_first() {
        List<Long> ids = GAZETTEER.search("trip", 10).stream().map(GazetteerEntry::geonameId).toList();

        assertThat(ids).containsExactly(2210247L, 266826L);
    }

    @Test
    void alternate_names_are_searched_and_accents_and_case_do_not_matter() {
        assertThat(GAZETTEER.search("TRABL", 5)).extracting(GazetteerEntry::geonameId).containsExactly(266826L);
        assertThat(GAZETTEER.search("sao p", 5)).extracting(GazetteerEntry::geonameId).containsExactly(3448439L);
        assertThat(GAZETTEER.search("Saint Lo", 5)).extracting(GazetteerEntry::geonameId).containsExactly(4407066L);
    }

    @Test
    void a_place_named_exactly_so_comes_before_more_populous_ones_that_only_start_so() {
        List<Long> ids = GAZETTEER.search("Liby", 5).stream().map(GazetteerEntry::geonameId).toList();
        assertThat(ids).first().isEqualTo(2215636L);

        // the state and the city (by its alternate name) are both named exactly so: the state is more populous
        assertThat(GAZETTEER.search("new york", 5)).extracting(GazetteerEntry::geonameId)
                .startsWith(5128638L, 5128581L);
    }

    @Test
    void the_limit_holds_and_an_unknown_or_empty_prefix_finds_nothing() {
        assertThat(GAZETTEER.search("trip", 1)).hasSize(1);
        assertThat(GAZETTEER.search("xyzzy", 5)).isEmpty();
        assertThat(GAZETTEER.search(" ,", 5)).isEmpty();
        assertThat(GAZETTEER.search("t", 5)).isNotEmpty();
    }
}
