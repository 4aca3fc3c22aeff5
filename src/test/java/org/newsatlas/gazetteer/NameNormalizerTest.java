package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.gazetteer.NameNormalizer.normalize;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    @Test
    void case_does_not_matter() {
        assertThat(normalize("TRIPOLI")).isEqualTo(normalize("tripoli")).isEqualTo("tripoli");
    }

    @Test
    void diacritics_are_stripped() {
        assertThat(normalize("São Paulo")).isEqualTo("sao paulo");
        assertThat(normalize("Ţarābulus")).isEqualTo("tarabulus");
        assertThat(normalize("İstanbul")).isEqualTo("istanbul");
    }

    @Test
    void letters_without_a_decomposition_are_spelled_out() {
        assertThat(normalize("Łódź")).isEqualTo("lodz");
        assertThat(normalize("Straße")).isEqualTo("strasse");
        assertThat(normalize("Færøerne")).isEqualTo("faeroerne");
        assertThat(normalize("Đakovo")).isEqualTo("dakovo");
        assertThat(normalize("Diyarbakır")).isEqualTo("diyarbakir");
        assertThat(normalize("Þórshöfn")).isEqualTo("thorshofn");
    }

    @Test
    void periods_inside_abbreviations_are_dropped() {
        assertThat(normalize("U.S.")).isEqualTo(normalize("US")).isEqualTo("us");
    }

    @Test
    void apostrophes_of_every_kind_are_dropped() {
        assertThat(normalize("O'Hare")).isEqualTo("ohare");
        assertThat(normalize("O’Hare")).isEqualTo("ohare");
        assertThat(normalize("‘Ajdabiya")).isEqualTo("ajdabiya");
        assertThat(normalize("Hawaiʻi")).isEqualTo("hawaii");
    }

    @Test
    void hyphens_underscores_and_slashes_separate_words() {
        assertThat(normalize("Winston-Salem")).isEqualTo(normalize("Winston Salem"));
        assertThat(normalize("Winston_Salem")).isEqualTo("winston salem");
        assertThat(normalize("Biel/Bienne")).isEqualTo("biel bienne");
        assertThat(normalize("Baden–Baden")).isEqualTo("baden baden");
    }

    @Test
    void commas_and_parentheses_separate_words() {
        assertThat(normalize("Tripoli (Libya)")).isEqualTo("tripoli libya");
        assertThat(normalize("Washington,D.C.")).isEqualTo("washington dc");
    }

    @Test
    void whitespace_collapses_and_is_trimmed() {
        assertThat(normalize("  New \t York\u00A0 City ")).isEqualTo("new york city");
    }

    @Test
    void saint_abbreviation_matches_the_full_word() {
        assertThat(normalize("St. Louis")).isEqualTo(normalize("Saint Louis")).isEqualTo("saint louis");
        assertThat(normalize("St Louis")).isEqualTo("saint louis");
    }

    @Test
    void sainte_abbreviation_matches_the_full_word() {
        assertThat(normalize("Sault Ste. Marie")).isEqualTo("sault sainte marie");
    }

    @Test
    void fort_abbreviation_matches_the_full_word() {
        assertThat(normalize("Ft. Worth")).isEqualTo(normalize("Fort Worth"));
    }

    @Test
    void mount_abbreviation_matches_the_full_word() {
        assertThat(normalize("Mt. Kenya")).isEqualTo("mount kenya");
    }

    @Test
    void abbreviations_inside_a_name_are_expanded_too() {
        assertThat(normalize("Port St. Lucie")).isEqualTo(normalize("Port Saint Lucie"));
    }

    @Test
    void an_abbreviation_at_the_end_is_left_alone_because_it_usually_means_street() {
        assertThat(normalize("Wall St.")).isEqualTo("wall st");
        assertThat(normalize("St")).isEqualTo("st");
    }

    @Test
    void point_and_port_are_not_guessed_from_pt() {
        assertThat(normalize("Pt. Moresby")).isEqualTo("pt moresby");
    }

    @Test
    void already_normalised_text_comes_back_as_the_same_instance() {
        String key = "new york city";
        assertThat(normalize(key)).isSameAs(key);
    }

    @Test
    void punctuation_only_normalises_to_empty() {
        assertThat(normalize(" ., -- ")).isEmpty();
        assertThat(normalize("")).isEmpty();
    }

    @Test
    void other_scripts_are_kept() {
        assertThat(normalize("طرابلس")).isEqualTo("طرابلس");
        assertThat(normalize("Москва")).isEqualTo("москва");
    }

    @Test
    void a_possessive_split_from_its_word_is_a_clitic_and_a_word_or_a_lone_apostrophe_is_not() {
        assertThat(NameNormalizer.isClitic("'s")).isTrue();
        assertThat(NameNormalizer.isClitic("’s")).isTrue();
        assertThat(NameNormalizer.isClitic("'")).isFalse();
        assertThat(NameNormalizer.isClitic("s")).isFalse();
    }
}
