package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryGazetteerTest {

    private final InMemoryGazetteer gazetteer = GazetteerFixture.bundledOnly();

    @Test
    void same_name_entries_come_most_populous_first() {
        assertThat(gazetteer.lookup("Tripoli")).extracting(GazetteerEntry::countryCode).containsExactly("LY", "LB");
    }

    @Test
    void lookup_normalises_the_surface_form() {
        assertThat(gazetteer.lookup("ST. LOUIS")).extracting(GazetteerEntry::geonameId).containsExactly(4407066L);
        assertThat(gazetteer.lookup("Ft. Worth")).extracting(GazetteerEntry::name).containsExactly("Fort Worth");
        assertThat(gazetteer.lookup("Sao Paulo")).extracting(GazetteerEntry::name).containsExactly("São Paulo");
        assertThat(gazetteer.lookup("U.S.")).extracting(GazetteerEntry::name).containsExactly("United States");
    }

    @Test
    void alternate_names_are_indexed() {
        assertThat(gazetteer.lookup("Ţarābulus")).hasSize(2);
        assertThat(gazetteer.lookup("Nueva York")).extracting(GazetteerEntry::name).containsExactly("New York City");
    }

    @Test
    void the_start_of_a_longer_name_is_not_a_name() {
        assertThat(gazetteer.lookup("Winston")).isEmpty();
        assertThat(gazetteer.lookup("Atlantis")).isEmpty();
    }

    @Test
    void longest_match_prefers_new_york_city_over_new_york() {
        NameMatch match = gazetteer.longestMatch(tokens("in New York City today"), 1).orElseThrow();

        assertThat(match.fromToken()).isEqualTo(1);
        assertThat(match.toToken()).isEqualTo(4);
        assertThat(match.candidates()).extracting(GazetteerEntry::name).containsExactly("New York City");
    }

    @Test
    void longest_match_falls_back_to_the_shorter_name() {
        NameMatch match = gazetteer.longestMatch(tokens("New York state"), 0).orElseThrow();

        assertThat(match.length()).isEqualTo(2);
        assertThat(match.candidates()).extracting(GazetteerEntry::name).containsExactly("New York", "New York City");
    }

    @Test
    void abbreviated_saint_split_over_two_tokens_matches() {
        NameMatch match = gazetteer.longestMatch(tokens("St. Louis"), 0).orElseThrow();

        assertThat(match.toToken()).isEqualTo(2);
        assertThat(match.candidates()).extracting(GazetteerEntry::geonameId).containsExactly(4407066L);
    }

    @Test
    void abbreviation_inside_a_name_matches_over_tokens() {
        assertThat(gazetteer.longestMatch(tokens("Port St. Lucie"), 0)).get()
                .extracting(NameMatch::length).isEqualTo(3);
    }

    @Test
    void punctuation_split_off_by_the_tokenizer_is_skipped_inside_a_name() {
        assertThat(gazetteer.longestMatch(List.of("St", ".", "Louis"), 0)).get()
                .extracting(NameMatch::toToken).isEqualTo(3);
    }

    @Test
    void a_hyphenated_token_matches_the_hyphenated_name() {
        assertThat(gazetteer.longestMatch(tokens("Winston-Salem ,"), 0)).get()
                .extracting(NameMatch::toToken).isEqualTo(1);
        assertThat(gazetteer.longestMatch(tokens("Winston - Salem"), 0)).get()
                .extracting(NameMatch::toToken).isEqualTo(3);
    }

    @Test
    void no_match_where_the_tokens_are_not_a_name() {
        assertThat(gazetteer.longestMatch(tokens("the talks in"), 0)).isEmpty();
        assertThat(gazetteer.longestMatch(tokens(", Tripoli"), 0)).isEmpty();
        assertThat(gazetteer.longestMatch(tokens("Tripoli"), 5)).isEmpty();
    }

    @Test
    void match_all_finds_every_name_in_a_sentence() {
        List<NameMatch> matches = gazetteer.matchAll(tokens("Flights from Tripoli to St. Louis via New York City ."));

        assertThat(matches).extracting(NameMatch::fromToken, NameMatch::toToken)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 3), org.assertj.core.groups.Tuple.tuple(4, 6),
                        org.assertj.core.groups.Tuple.tuple(7, 10));
    }

    @Test
    void demonyms_lead_to_their_place() {
        assertThat(gazetteer.demonym("Libyan")).get().extracting(GazetteerEntry::name).isEqualTo("Libya");
        assertThat(gazetteer.demonym("TEXAN")).get().extracting(GazetteerEntry::name).isEqualTo("Texas");
        assertThat(gazetteer.demonym("Martian")).isEmpty();
    }

    @Test
    void demonym_rows_for_unknown_ids_and_malformed_lines_are_left_out() {
        assertThat(gazetteer.demonym("Nowherian")).isEmpty();
        assertThat(gazetteer.stats().demonyms()).isEqualTo(4);
        assertThat(gazetteer.stats().demonymsUnresolved()).isEqualTo(1);
    }

    @Test
    void first_order_divisions_are_found_by_country_and_admin1_code() {
        assertThat(gazetteer.firstOrderDivision("US", "TX")).get().extracting(GazetteerEntry::name).isEqualTo("Texas");
    }

    @Test
    void an_entry_is_found_again_by_its_geonames_id() {
        assertThat(gazetteer.byId(2210247)).get().extracting(GazetteerEntry::name).isEqualTo("Tripoli");
        assertThat(gazetteer.byId(1)).isEmpty();
    }

    @Test
    void an_admin1_code_of_another_country_finds_no_division() {
        assertThat(gazetteer.firstOrderDivision("LY", "TX")).isEmpty();
    }

    @Test
    void every_entry_is_counted_once_most_populous_first() {
        assertThat(gazetteer.size()).isEqualTo(16);
        assertThat(gazetteer.entries()).hasSize(16).first().extracting(GazetteerEntry::name).isEqualTo("United States");
    }

    private static List<String> tokens(String text) {
        return Arrays.asList(text.split(" "));
    }

    private static GazetteerEntry country(long id, String name, String... alternates) {
        return new GazetteerEntry(id, name, name, List.of(alternates), 0, 0, "A", "PCLI", "XX", "00", "", 1_000_000);
    }

    private static final InMemoryGazetteer POSSESSIVES = InMemoryGazetteer.builder()
            .add(country(1, "China", "People's Republic of China"))
            .add(country(2, "Taiwan", "Republic of China"))
            .add(country(3, "Libya"))
            .build();

    @Test
    void a_possessive_split_from_its_word_is_glued_back_inside_a_name() {
        NameMatch match = POSSESSIVES.longestMatch(List.of("the", "People", "'s", "Republic", "of", "China"), 1)
                .orElseThrow();

        assertThat(match.toToken()).isEqualTo(6);
        assertThat(match.candidates()).extracting(GazetteerEntry::name).containsExactly("China");
        assertThat(POSSESSIVES.longestMatch(List.of("People", "’s", "Republic", "of", "China"), 0)).get()
                .extracting(NameMatch::toToken).isEqualTo(5);
    }

    @Test
    void a_name_before_its_possessive_is_still_the_name() {
        NameMatch match = POSSESSIVES.longestMatch(List.of("Libya", "'s", "capital"), 0).orElseThrow();

        assertThat(match.toToken()).isEqualTo(1);
        assertThat(match.candidates()).extracting(GazetteerEntry::name).containsExactly("Libya");
        assertThat(POSSESSIVES.longestMatch(List.of("the", "Republic", "of", "China"), 1)).get()
                .extracting(m -> m.candidates().get(0).name()).isEqualTo("Taiwan");
    }
}
