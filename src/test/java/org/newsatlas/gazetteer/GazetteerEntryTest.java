package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry.Naming;

class GazetteerEntryTest {

    private static GazetteerEntry place(String name, String asciiName, String... alternates) {
        return new GazetteerEntry(1, name, asciiName, List.of(alternates), 0, 0, "P", "PPL", "US", "01", "", 1_000);
    }

    private static Naming naming(GazetteerEntry place, String text) {
        return place.naming(NameNormalizer.normalize(text));
    }

    @Test
    void its_name_or_its_ascii_name_is_the_place_s_own_name() {
        GazetteerEntry zurich = place("Zürich", "Zurich", "Zuerich");
        assertThat(naming(zurich, "Zürich")).isEqualTo(Naming.OWN_NAME);
        assertThat(naming(zurich, "ZURICH")).isEqualTo(Naming.OWN_NAME);
    }

    @Test
    void the_part_of_its_name_before_a_comma_is_its_own_name() {
        assertThat(naming(place("Washington, D.C.", "Washington, D.C."), "Washington")).isEqualTo(Naming.OWN_NAME);
    }

    @Test
    void the_first_words_of_its_name_are_a_short_name() {
        assertThat(naming(place("Clarke County", "Clarke County", "Clarke"), "Clarke")).isEqualTo(Naming.SHORT_NAME);
        assertThat(naming(place("New York City", "New York City"), "New York")).isEqualTo(Naming.SHORT_NAME);
    }

    @Test
    void a_name_that_is_neither_is_an_alternate_name() {
        GazetteerEntry hamm = place("Hamm", "Hamm", "Hamas");
        assertThat(naming(hamm, "Hamas")).isEqualTo(Naming.ALTERNATE_NAME);
        // a word-prefix only: "Ham" is no short name of Hamm
        assertThat(naming(hamm, "Ham")).isEqualTo(Naming.ALTERNATE_NAME);
        assertThat(naming(place("Clarke County", "Clarke County"), "County")).isEqualTo(Naming.ALTERNATE_NAME);
    }
}
