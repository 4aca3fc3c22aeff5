package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.extraction.Places.country;
import static org.newsatlas.extraction.Places.firstOrderDivision;
import static org.newsatlas.extraction.Places.town;
import static org.newsatlas.extraction.Sentences.candidate;
import static org.newsatlas.extraction.Sentences.sentence;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;

class PersonContextTest {

    private static final GazetteerEntry ESPER = town("Esper", 5_000);

    private final PersonContext persons = new PersonContext(Places.COMMON_WORDS, Places.GIVEN_NAMES);

    private boolean isSurname(String sentence, String name) {
        AnalyzedSentence analyzed = sentence(sentence);
        return persons.isSurname(analyzed, candidate(analyzed, name, false, ESPER));
    }

    private boolean isGivenNameBeforeSurname(String sentence, String name, GazetteerEntry place) {
        AnalyzedSentence analyzed = sentence(sentence);
        return persons.isGivenNameBeforeSurname(analyzed, candidate(analyzed, name, false, place));
    }

    @Test
    void a_capitalised_title_before_a_name_makes_it_a_surname() {
        assertThat(isSurname("met President Esper", "Esper")).isTrue();
        assertThat(isSurname("met Mr. Esper", "Esper")).isTrue();
        // "Special Agent Esper", and so the defoliant "Agent Orange"
        assertThat(isSurname("met Special Agent Esper", "Esper")).isTrue();
        assertThat(isSurname("met the agent Esper", "Esper")).isFalse();
    }

    @Test
    void a_quoted_nickname_between_a_given_name_and_the_name_leaves_it_a_surname() {
        assertThat(isSurname("Sheriff Beauregard “~Bud~” Esper said", "Esper")).isTrue();
        assertThat(isSurname("said Mark \"~Bud~\" Esper", "Esper")).isTrue();
    }

    @Test
    void a_quoted_word_after_a_lower_case_word_makes_no_surname() {
        assertThat(isSurname("the “~Bud~” Esper said", "Esper")).isFalse();
    }

    @Test
    void a_lower_case_title_before_a_name_does_not() {
        assertThat(isSurname("met the president Esper", "Esper")).isFalse();
    }

    @Test
    void a_known_given_name_or_an_unknown_proper_noun_before_a_name_makes_it_a_surname() {
        assertThat(isSurname("said Mark Esper", "Esper")).isTrue();
        assertThat(isSurname("said Xolani Esper", "Esper")).isTrue();
    }

    @Test
    void a_common_word_a_descriptor_a_locative_word_or_capitals_before_a_name_make_no_surname() {
        assertThat(isSurname("the Village Esper", "Esper")).isFalse();
        assertThat(isSurname("the North Esper", "Esper")).isFalse();
        assertThat(isSurname("the Downtown Esper", "Esper")).isFalse();
        assertThat(isSurname("the XOLANI Esper", "Esper")).isFalse();
        assertThat(isSurname("the Xolani/VERB Esper", "Esper")).isFalse();
    }

    @Test
    void an_initial_is_no_given_name_but_a_name_of_two_letters_is() {
        assertThat(isSurname("said J Esper", "Esper")).isFalse();
        assertThat(isSurname("said J. Esper", "Esper")).isFalse();
        assertThat(isSurname("said Jo Esper", "Esper")).isTrue();
    }

    @Test
    void a_name_after_a_given_name_and_a_middle_initial_is_a_surname() {
        assertThat(isSurname("said Keith D. Esper", "Esper")).isTrue();
        assertThat(isSurname("said Xolani D. Esper", "Esper")).isTrue();
    }

    @Test
    void an_initial_after_a_comma_a_common_word_or_a_descriptor_makes_no_surname() {
        assertThat(isSurname("in Charleston , W. Esper", "Esper")).isFalse();
        assertThat(isSurname("the Village D. Esper", "Esper")).isFalse();
        assertThat(isSurname("the North D. Esper", "Esper")).isFalse();
        assertThat(isSurname("said Keith DJ. Esper", "Esper")).isFalse();
    }

    @Test
    void a_name_opening_a_sentence_or_a_demonym_is_never_a_surname() {
        assertThat(isSurname("Esper said", "Esper")).isFalse();
        AnalyzedSentence sentence = sentence("said Mark Libyan");
        assertThat(persons.isSurname(sentence, candidate(sentence, "Libyan", true, country("Libya")))).isFalse();
    }

    @Test
    void a_single_name_before_a_surname_is_a_given_name() {
        assertThat(isGivenNameBeforeSurname("said Jordan Henderson", "Jordan", town("Jordan", 6_000))).isTrue();
        assertThat(isGivenNameBeforeSurname("said Esper Henderson", "Esper", ESPER)).isTrue();
    }

    @Test
    void a_name_on_the_list_of_given_names_before_a_surname_is_a_known_given_name() {
        AnalyzedSentence known = sentence("said Virginia Henderson");
        assertThat(persons.isKnownGivenNameBeforeSurname(known,
                candidate(known, "Virginia", false, firstOrderDivision("VA", 8_000_000)))).isTrue();
    }

    @Test
    void a_name_not_on_the_list_or_with_no_surname_after_it_is_no_known_given_name() {
        AnalyzedSentence unknown = sentence("said Esper Henderson");
        assertThat(persons.isKnownGivenNameBeforeSurname(unknown, candidate(unknown, "Esper", false, ESPER))).isFalse();
        AnalyzedSentence alone = sentence("in Virginia today");
        assertThat(persons.isKnownGivenNameBeforeSurname(alone,
                candidate(alone, "Virginia", false, firstOrderDivision("VA", 8_000_000)))).isFalse();
    }

    @Test
    void a_given_name_that_is_a_country_stays_a_country_but_one_that_is_a_state_does_not() {
        assertThat(isGivenNameBeforeSurname("said Georgia Henderson", "Georgia", country("Georgia"))).isFalse();
        assertThat(isGivenNameBeforeSurname("said Virginia Henderson", "Virginia", firstOrderDivision("VA", 8_000_000)))
                .isTrue();
    }

    @Test
    void a_major_place_that_is_no_given_name_is_shielded() {
        assertThat(isGivenNameBeforeSurname("watched Texas Rangers", "Texas", firstOrderDivision("TX", 29_000_000)))
                .isFalse();
        assertThat(isGivenNameBeforeSurname("watched Texas Rangers", "Texas", firstOrderDivision("TX", 90_000)))
                .isTrue();
    }

    @Test
    void a_title_an_organisation_a_street_a_descriptor_capitals_or_a_lower_case_word_after_a_name_is_no_surname() {
        for (String after : List.of("Mayor", "Police", "Road", "North", "NBC", "residents", "Henderson/NOUN")) {
            assertThat(isGivenNameBeforeSurname("said Esper " + after, "Esper", ESPER)).as(after).isFalse();
        }
    }

    @Test
    void a_capitalised_kind_of_place_after_a_name_is_no_surname() {
        for (String after : List.of("Township", "County", "Town Hall", "State University")) {
            assertThat(isGivenNameBeforeSurname("in Oakport " + after + " north", "Oakport", town("Oakport", 1_900)))
                    .as(after).isFalse();
        }
        assertThat(isGivenNameBeforeSurname("in Oakport Henderson north", "Oakport", town("Oakport", 1_900))).isTrue();
    }

    @Test
    void a_name_after_the_definite_article_has_no_surname_after_it() {
        GazetteerEntry mansfield = town("Mansfield", 47_000);
        assertThat(isGivenNameBeforeSurname("worked at the Mansfield Henderson Library", "Mansfield", mansfield))
                .isFalse();
        assertThat(isGivenNameBeforeSurname("The Mansfield Henderson Library opened", "Mansfield", mansfield))
                .isFalse();
        assertThat(isGivenNameBeforeSurname("worked with Mansfield Henderson daily", "Mansfield", mansfield))
                .isTrue();
    }

    @Test
    void a_name_of_several_words_or_at_the_end_of_the_sentence_has_no_surname_after_it() {
        GazetteerEntry newOrleans = town("New Orleans", 380_000);
        assertThat(isGivenNameBeforeSurname("said New Orleans Henderson", "New Orleans", newOrleans)).isFalse();
        assertThat(isGivenNameBeforeSurname("said Esper", "Esper", ESPER)).isFalse();
    }

    @Test
    void the_surnames_of_a_document_are_the_names_after_a_title_or_a_given_name() {
        AnalyzedSentence first = sentence("Mark Esper flew to Tunis");
        AnalyzedSentence second = sentence("Later/ADV Esper met Lincoln");
        SpanCandidate named = candidate(first, "Esper", false, ESPER);
        SpanCandidate bare = new SpanCandidate(1, 1, 2, List.of(ESPER), false, false, "esper");
        SpanCandidate lincoln = new SpanCandidate(1, 3, 4, List.of(town("Lincoln", 100_000)), false, false, "lincoln");
        assertThat(persons.surnames(List.of(first, second), List.of(named, bare, lincoln))).containsExactly("esper");
        assertThat(persons.surnames(List.of(first, second), List.of(bare, lincoln))).isEmpty();
    }

    @Test
    void a_name_before_the_office_its_bearer_leads_is_a_person_and_a_surname_of_the_document() {
        GazetteerEntry obama = town("Obama", 29_000);
        AnalyzedSentence office = sentence("the Obama administration said no");
        AnalyzedSentence officials = sentence("the Obama officials said no");
        assertThat(PersonContext.leadsAnOffice(office, candidate(office, "Obama", false, obama))).isTrue();
        assertThat(PersonContext.leadsAnOffice(officials, candidate(officials, "Obama", false, obama))).isFalse();
        assertThat(persons.surnames(List.of(office), List.of(candidate(office, "Obama", false, obama))))
                .containsExactly("obama");
    }

    @Test
    void a_major_place_or_a_people_before_an_office_is_no_person() {
        AnalyzedSentence kenya = sentence("the Kenya administration said no");
        AnalyzedSentence czech = sentence("the Czech presidency ended");
        assertThat(PersonContext.leadsAnOffice(kenya, candidate(kenya, "Kenya", false, country("Kenya")))).isFalse();
        assertThat(PersonContext.leadsAnOffice(czech, candidate(czech, "Czech", true, country("Czechia")))).isFalse();
    }

    @Test
    void a_name_that_speaks_is_a_surname_of_the_document_unless_a_city_bears_it() {
        AnalyzedSentence speaks = sentence("later Robertson said no");
        AnalyzedSentence acts = sentence("later Robertson bought it");
        GazetteerEntry village = town("Robertson", 5_000);
        assertThat(persons.surnames(List.of(speaks), List.of(candidate(speaks, "Robertson", false, village))))
                .containsExactly("robertson");
        assertThat(persons.surnames(List.of(acts), List.of(candidate(acts, "Robertson", false, village)))).isEmpty();
        GazetteerEntry city = town("Robertson", 130_000);
        assertThat(persons.surnames(List.of(speaks), List.of(candidate(speaks, "Robertson", false, city)))).isEmpty();
    }
}
