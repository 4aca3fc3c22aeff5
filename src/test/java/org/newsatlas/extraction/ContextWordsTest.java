package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.extraction.ContextWords.DISEASE;
import static org.newsatlas.extraction.ContextWords.LOCATIVE;
import static org.newsatlas.extraction.ContextWords.NEWSPAPER;
import static org.newsatlas.extraction.ContextWords.ORGANISATION;
import static org.newsatlas.extraction.ContextWords.PERSON_TITLE;
import static org.newsatlas.extraction.ContextWords.PLACE_DESCRIPTOR;
import static org.newsatlas.extraction.ContextWords.PLACE_KIND;
import static org.newsatlas.extraction.ContextWords.RESIDENTS;
import static org.newsatlas.extraction.ContextWords.SAINT;
import static org.newsatlas.extraction.ContextWords.STREET;
import static org.newsatlas.extraction.ContextWords.TIME;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContextWordsTest {

    @Test
    void dots_and_case_do_not_matter() {
        assertThat(PERSON_TITLE.contains("Mr.")).isTrue();
        assertThat(PERSON_TITLE.contains("MR")).isTrue();
        assertThat(STREET.contains("Ave.")).isTrue();
    }

    @Test
    void a_key_is_the_word_in_lower_case_without_its_dots() {
        assertThat(ContextWords.key("Road")).isEqualTo("road");
        assertThat(ContextWords.key("St.")).isEqualTo("st");
        assertThat(ContextWords.key("U.S.")).isEqualTo("us");
        assertThat(ContextWords.key("Ü.Ö")).isEqualTo("üö");
        assertThat(ContextWords.key("...")).isEmpty();
    }

    @Test
    void a_word_of_no_class_is_in_none() {
        for (ContextWords words : ContextWords.values()) {
            assertThat(words.contains("Tunis")).as(words.name()).isFalse();
        }
    }

    @Test
    void each_class_holds_its_own_words_and_not_those_of_another() {
        assertThat(PERSON_TITLE.contains("President")).isTrue();
        assertThat(PERSON_TITLE.contains("Road")).isFalse();
        assertThat(STREET.contains("Road")).isTrue();
        assertThat(STREET.contains("Police")).isFalse();
        assertThat(ORGANISATION.contains("Police")).isTrue();
        assertThat(ORGANISATION.contains("in")).isFalse();
        assertThat(LOCATIVE.contains("near")).isTrue();
        assertThat(LOCATIVE.contains("May")).isFalse();
        assertThat(TIME.contains("May")).isTrue();
        assertThat(TIME.contains("virus")).isFalse();
        assertThat(DISEASE.contains("virus")).isTrue();
        assertThat(DISEASE.contains("Greater")).isFalse();
        assertThat(PLACE_DESCRIPTOR.contains("Greater")).isTrue();
        assertThat(PLACE_DESCRIPTOR.contains("San")).isFalse();
        assertThat(SAINT.contains("San")).isTrue();
        assertThat(SAINT.contains("President")).isFalse();
    }

    @Test
    void st_and_dr_are_titles_and_street_words_and_st_is_a_saint_too() {
        assertThat(PERSON_TITLE.contains("Dr.")).isTrue();
        assertThat(STREET.contains("Dr.")).isTrue();
        assertThat(PERSON_TITLE.contains("St.")).isTrue();
        assertThat(STREET.contains("St.")).isTrue();
        assertThat(SAINT.contains("St.")).isTrue();
    }

    @Test
    void the_word_classes_share_only_the_documented_words() {
        Set<String> compassAndArea = ContextWords.Shared.COMPASS_AND_AREA;
        Map<Set<ContextWords>, Set<String>> documented = Map.of(
                Set.of(PERSON_TITLE, STREET), Set.of("st", "dr"),
                Set.of(PERSON_TITLE, SAINT), Set.of("st"),
                Set.of(STREET, SAINT), Set.of("st"),
                Set.of(STREET, ORGANISATION), Set.of("court"),
                Set.of(ORGANISATION, PLACE_KIND), Set.of("city", "district"),
                Set.of(ORGANISATION, RESIDENTS), Set.of("police"),
                Set.of(ORGANISATION, NEWSPAPER), ContextWords.Shared.MASTHEAD,
                Set.of(LOCATIVE, PLACE_DESCRIPTOR), compassAndArea);
        ContextWords[] classes = ContextWords.values();
        for (int a = 0; a < classes.length; a++) {
            for (int b = a + 1; b < classes.length; b++) {
                Set<String> shared = new HashSet<>(classes[a].words());
                shared.retainAll(classes[b].words());
                assertThat(shared).as(classes[a] + " and " + classes[b])
                        .isEqualTo(documented.getOrDefault(Set.of(classes[a], classes[b]), Set.of()));
            }
        }
        assertThat(compassAndArea).contains("north", "downtown");
    }
}
