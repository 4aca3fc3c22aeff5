package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.extraction.NeighbourWeights.BESIDE_ANOTHER_NAME;
import static org.newsatlas.extraction.NeighbourWeights.DISEASE_WORD_AFTER;
import static org.newsatlas.extraction.NeighbourWeights.LOCATIVE_BEFORE;
import static org.newsatlas.extraction.NeighbourWeights.ORGANISATION_WORD_AFTER;
import static org.newsatlas.extraction.NeighbourWeights.PERSON_NAME_CONTEXT;
import static org.newsatlas.extraction.NeighbourWeights.PLACE_KIND_AFTER;
import static org.newsatlas.extraction.NeighbourWeights.STREET_WORD_AFTER;
import static org.newsatlas.extraction.NeighbourWeights.SURNAME_ELSEWHERE;
import static org.newsatlas.extraction.Places.firstOrderDivision;
import static org.newsatlas.extraction.Places.town;
import static org.newsatlas.extraction.Sentences.namedByFinder;
import static org.newsatlas.extraction.Sentences.sentence;
import static org.newsatlas.extraction.Sentences.span;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;

class NeighbourEvidenceTest {

    private static final GazetteerEntry SIRTE = town("Sirte", 80_000);
    private static final GazetteerEntry DUBLIN = town("Dublin", 1_000_000);
    private static final GazetteerEntry MANSFIELD = town("Mansfield", 47_000);

    private final PersonContext persons = new PersonContext(Places.COMMON_WORDS, Places.GIVEN_NAMES);
    private final NeighbourEvidence neighbours = new NeighbourEvidence(RecognitionSettings.defaults(), persons);

    @Test
    void a_locative_word_before_a_name_speaks_for_a_place() {
        assertThat(NeighbourEvidence.locativeBefore(span(sentence("fighting near Sirte"), "Sirte", SIRTE)))
                .isEqualTo(LOCATIVE_BEFORE);
        assertThat(NeighbourEvidence.locativeBefore(span(sentence("fighting north Sirte"), "Sirte", SIRTE)))
                .isEqualTo(LOCATIVE_BEFORE);
    }

    @Test
    void of_after_an_organisation_word_joins_the_organisation_and_says_nothing_of_a_place() {
        GazetteerEntry commerce = town("Commerce", 12_000);
        assertThat(NeighbourEvidence.locativeBefore(span(sentence("the Arlington Chamber of Commerce said"),
                "Commerce", commerce))).isZero();
        assertThat(NeighbourEvidence.locativeBefore(span(sentence("the Library of Congress"), "Congress",
                town("Congress", 1_000)))).isZero();
        assertThat(NeighbourEvidence.locativeBefore(span(sentence("the University of Oxford said"), "Oxford",
                town("Oxford", 150_000)))).isZero();
    }

    @Test
    void of_after_a_kind_of_place_a_lower_case_word_or_another_name_still_speaks_for_a_place() {
        GazetteerEntry oxford = town("Oxford", 150_000);
        assertThat(NeighbourEvidence.locativeBefore(span(sentence("the City of Oxford said"), "Oxford", oxford)))
                .isEqualTo(LOCATIVE_BEFORE);
        assertThat(NeighbourEvidence.locativeBefore(span(sentence("the chamber of Oxford said"), "Oxford", oxford)))
                .isEqualTo(LOCATIVE_BEFORE);
        assertThat(NeighbourEvidence.locativeBefore(span(sentence("north of Oxford"), "Oxford", oxford)))
                .isEqualTo(LOCATIVE_BEFORE);
    }

    @Test
    void any_other_word_before_a_name_or_none_says_nothing() {
        assertThat(NeighbourEvidence.locativeBefore(span(sentence("the Sirte talks"), "Sirte", SIRTE))).isZero();
        assertThat(NeighbourEvidence.locativeBefore(span(sentence("Sirte fell"), "Sirte", SIRTE))).isZero();
    }

    @Test
    void names_joined_by_a_comma_support_each_other() {
        AnalyzedSentence sentence = sentence("in Alexandria , La. today");
        assertThat(NeighbourEvidence.besideAnotherName(span(sentence, "Alexandria", town("Alexandria", 47_000))))
                .isEqualTo(BESIDE_ANOTHER_NAME);
        assertThat(NeighbourEvidence.besideAnotherName(span(sentence, "La.", firstOrderDivision("La.", 4_000_000))))
                .isEqualTo(BESIDE_ANOTHER_NAME);
    }

    @Test
    void a_name_before_a_comma_and_a_lower_case_word_stands_alone() {
        AnalyzedSentence sentence = sentence("in Alexandria , where it rained");
        assertThat(NeighbourEvidence.besideAnotherName(span(sentence, "Alexandria", town("Alexandria", 47_000))))
                .isZero();
    }

    @Test
    void a_lower_case_kind_of_place_after_a_name_or_after_the_name_it_is_listed_with_speaks_for_a_place() {
        GazetteerEntry cacuaco = town("Cacuaco", 1_000);
        assertThat(NeighbourEvidence.placeKindAfter(span(sentence("in the Cacuaco district of Luanda"), "Cacuaco",
                cacuaco))).isEqualTo(PLACE_KIND_AFTER);
        AnalyzedSentence listed = sentence("includes Barrow and Jackson counties");
        assertThat(NeighbourEvidence.placeKindAfter(span(listed, "Barrow", town("Barrow", 1_000))))
                .isEqualTo(PLACE_KIND_AFTER);
        assertThat(NeighbourEvidence.placeKindAfter(span(listed, "Jackson", town("Jackson", 1_000))))
                .isEqualTo(PLACE_KIND_AFTER);
    }

    @Test
    void a_capitalised_kind_of_place_another_word_or_a_demonym_says_nothing() {
        GazetteerEntry cacuaco = town("Cacuaco", 1_000);
        assertThat(NeighbourEvidence.placeKindAfter(span(sentence("the Cacuaco District Council met"), "Cacuaco",
                cacuaco))).isZero();
        assertThat(NeighbourEvidence.placeKindAfter(span(sentence("the Cacuaco bakery"), "Cacuaco", cacuaco)))
                .isZero();
        assertThat(NeighbourEvidence.placeKindAfter(span(sentence("Cacuaco and Barrow said"), "Cacuaco", cacuaco)))
                .isZero();
        assertThat(NeighbourEvidence.placeKindAfter(Sentences.demonym(sentence("the Indian state of Bihar"), "Indian",
                town("India", 1_000)))).isZero();
    }

    @Test
    void a_disease_word_after_a_name_makes_it_a_pathogen() {
        AnalyzedSentence sentence = sentence("cases of West Nile virus and Lassa fever");
        assertThat(NeighbourEvidence.diseaseWordAfter(span(sentence, "West Nile", town("West Nile", 2_000_000))))
                .isEqualTo(DISEASE_WORD_AFTER);
        assertThat(NeighbourEvidence.diseaseWordAfter(span(sentence, "Lassa", town("Lassa", 1_000))))
                .isEqualTo(DISEASE_WORD_AFTER);
    }

    @Test
    void a_name_before_any_other_word_is_no_pathogen() {
        assertThat(NeighbourEvidence.diseaseWordAfter(span(sentence("along the Nile river"), "Nile", town("Nile", 1))))
                .isZero();
    }

    @Test
    void a_capitalised_street_word_after_a_name_makes_it_a_street() {
        assertThat(NeighbourEvidence.streetWordAfter(span(sentence("at 6016 Dublin Road in"), "Dublin", DUBLIN)))
                .isEqualTo(STREET_WORD_AFTER);
        assertThat(NeighbourEvidence.streetWordAfter(span(sentence("on Dublin Dr. today"), "Dublin", DUBLIN)))
                .isEqualTo(STREET_WORD_AFTER);
    }

    @Test
    void a_state_before_a_street_word_and_a_title_names_the_state_s_agency() {
        GazetteerEntry florida = Places.firstOrderDivision("Florida", 21_000_000);
        assertThat(NeighbourEvidence.streetWordAfter(span(sentence("the Florida Highway Patrol said"), "Florida", florida)))
                .isZero();
        assertThat(NeighbourEvidence.streetWordAfter(span(sentence("on Florida Avenue today"), "Florida", florida)))
                .isEqualTo(STREET_WORD_AFTER);
        assertThat(NeighbourEvidence.streetWordAfter(span(sentence("the Dublin Road School"), "Dublin", DUBLIN)))
                .isEqualTo(STREET_WORD_AFTER);
    }

    @Test
    void a_name_a_disease_word_follows_elsewhere_in_the_document_is_the_disease_s_here_too() {
        GazetteerEntry nile = Places.entry("Nile", "H", "STM", 0);
        SpanInSentence cases = span(sentence("percent of Nile cases happen"), "Nile", nile);
        assertThat(NeighbourEvidence.diseaseName(cases, Set.of("nile"))).isEqualTo(DISEASE_WORD_AFTER);
        assertThat(NeighbourEvidence.diseaseName(cases, Set.of())).isZero();
    }

    @Test
    void a_disease_s_name_with_a_qualifier_after_its_comma_is_the_place() {
        GazetteerEntry reston = town("Reston", 58_000);
        SpanInSentence virginia = span(sentence("exported to Reston , Virginia"), "Reston", reston);
        assertThat(NeighbourEvidence.diseaseName(virginia, Set.of("reston"))).isZero();
        SpanInSentence strain = span(sentence("the Reston virus strain"), "Reston", reston);
        assertThat(NeighbourEvidence.diseaseName(strain, Set.of())).isEqualTo(DISEASE_WORD_AFTER);
    }

    @Test
    void a_lower_case_street_word_after_a_name_belongs_to_the_sentence() {
        assertThat(NeighbourEvidence.streetWordAfter(span(sentence("on the Dublin road"), "Dublin", DUBLIN))).isZero();
    }

    @Test
    void an_organisation_word_after_a_name_counts_only_when_places_inside_organisations_are_left_out() {
        SpanInSentence police = span(sentence("the Mansfield Police said"), "Mansfield", MANSFIELD);
        NeighbourEvidence leavingOut = new NeighbourEvidence(new RecognitionSettings(true, false, 1.0), persons);
        assertThat(leavingOut.organisationWordAfter(police)).isEqualTo(ORGANISATION_WORD_AFTER);
        assertThat(neighbours.organisationWordAfter(police)).isZero();
    }

    @Test
    void a_lower_case_organisation_word_after_a_name_never_counts() {
        NeighbourEvidence leavingOut = new NeighbourEvidence(new RecognitionSettings(true, false, 1.0), persons);
        SpanInSentence police = span(sentence("the Mansfield police said"), "Mansfield", MANSFIELD);
        assertThat(leavingOut.organisationWordAfter(police)).isZero();
    }

    @Test
    void a_title_or_a_given_name_before_a_name_or_a_surname_after_it_makes_a_person() {
        assertThat(neighbours.personNameContext(span(sentence("met President Mansfield"), "Mansfield", MANSFIELD)))
                .isEqualTo(PERSON_NAME_CONTEXT);
        assertThat(neighbours.personNameContext(span(sentence("met Mary Mansfield"), "Mansfield", MANSFIELD)))
                .isEqualTo(PERSON_NAME_CONTEXT);
        assertThat(neighbours.personNameContext(span(sentence("met Mansfield Smith"), "Mansfield", MANSFIELD)))
                .isEqualTo(PERSON_NAME_CONTEXT);
    }

    @Test
    void a_name_with_no_person_around_it_is_no_person() {
        assertThat(neighbours.personNameContext(span(sentence("met in Mansfield today"), "Mansfield", MANSFIELD)))
                .isZero();
    }

    @Test
    void dr_before_a_name_is_a_title_and_after_a_name_a_street() {
        SpanInSentence doctor = span(sentence("met Dr. Dublin today"), "Dublin", DUBLIN);
        assertThat(neighbours.personNameContext(doctor)).isEqualTo(PERSON_NAME_CONTEXT);
        assertThat(NeighbourEvidence.streetWordAfter(doctor)).isZero();
        SpanInSentence drive = span(sentence("on Dublin Dr. today"), "Dublin", DUBLIN);
        assertThat(neighbours.personNameContext(drive)).isZero();
        assertThat(NeighbourEvidence.streetWordAfter(drive)).isEqualTo(STREET_WORD_AFTER);
    }

    @Test
    void a_name_that_is_a_surname_elsewhere_in_the_document_loses_weight_and_outweighs_the_name_finders_mark() {
        SpanInSentence lincoln = span(sentence("Later Lincoln met officials"), "Lincoln", town("Lincoln", 100_000));
        assertThat(NeighbourEvidence.surnameElsewhere(lincoln, Set.of("lincoln"))).isEqualTo(SURNAME_ELSEWHERE);
        assertThat(NeighbourEvidence.surnameElsewhere(namedByFinder(lincoln), Set.of("lincoln")))
                .isEqualTo(NeighbourWeights.SURNAME_ELSEWHERE_NAMED_BY_FINDER);
        assertThat(NeighbourEvidence.surnameElsewhere(lincoln, Set.of("esper"))).isZero();
        assertThat(NeighbourEvidence.surnameElsewhere(namedByFinder(lincoln), Set.of("esper"))).isZero();
    }

    @Test
    void a_major_place_the_name_finder_marked_keeps_its_mark_though_a_surname_elsewhere() {
        SpanInSentence texas = namedByFinder(span(sentence("Later Texas met officials"), "Texas",
                firstOrderDivision("TX", 29_000_000)));
        assertThat(NeighbourEvidence.surnameElsewhere(texas, Set.of("texas"))).isZero();
        SpanInSentence unmarked = span(sentence("Later Texas met officials"), "Texas", firstOrderDivision("TX", 29_000_000));
        assertThat(NeighbourEvidence.surnameElsewhere(unmarked, Set.of("texas"))).isEqualTo(SURNAME_ELSEWHERE);
    }

    @Test
    void a_name_before_a_verb_of_saying_is_its_speaker() {
        assertThat(NeighbourEvidence.speaker(span(sentence("tolls help , Wagner said ."), "Wagner",
                town("Wagner", 1_500)))).isEqualTo(NeighbourWeights.SPEAKER);
        assertThat(NeighbourEvidence.speaker(span(sentence("Robertson told reporters"), "Robertson",
                town("Robertson", 3_000)))).isEqualTo(NeighbourWeights.SPEAKER);
    }

    @Test
    void a_major_place_a_name_after_a_locative_word_or_a_name_before_another_verb_is_no_speaker() {
        assertThat(NeighbourEvidence.speaker(span(sentence("Texas said it would"), "Texas",
                firstOrderDivision("TX", 29_000_000)))).isZero();
        assertThat(NeighbourEvidence.speaker(span(sentence("a man from Laconia said"), "Laconia",
                town("Laconia", 16_000)))).isZero();
        assertThat(NeighbourEvidence.speaker(span(sentence("Wagner voted no"), "Wagner",
                town("Wagner", 1_500)))).isZero();
    }

    @Test
    void a_virus_named_in_one_word_after_a_name_makes_it_a_pathogen_but_a_capitalised_word_does_not() {
        assertThat(NeighbourEvidence.diseaseWordAfter(span(sentence("infected with Reston ebolavirus ("), "Reston",
                town("Reston", 58_000)))).isEqualTo(DISEASE_WORD_AFTER);
        assertThat(NeighbourEvidence.diseaseWordAfter(span(sentence("infected in Reston Ebolavirus Lab"), "Reston",
                town("Reston", 58_000)))).isZero();
        assertThat(NeighbourEvidence.diseaseWordAfter(span(sentence("infected in Reston yesterday"), "Reston",
                town("Reston", 58_000)))).isZero();
    }

    @Test
    void a_party_initial_glued_to_a_name_after_a_comma_or_a_bracket_gives_a_legislators_home() {
        GazetteerEntry westfield = town("Westfield", 41_000);
        assertThat(NeighbourEvidence.partyAndHome(span(sentence("Rep. Humason , R-~Westfield , said"), "Westfield",
                westfield))).isEqualTo(NeighbourWeights.PARTY_AND_HOME);
        assertThat(NeighbourEvidence.partyAndHome(span(sentence("Sen. Harkin ( D-~Iowa ) said"), "Iowa",
                firstOrderDivision("IA", 3_000_000)))).isEqualTo(NeighbourWeights.PARTY_AND_HOME);
    }

    @Test
    void a_brand_glued_by_a_hyphen_or_a_party_initial_without_a_comma_gives_no_home() {
        GazetteerEntry mobile = town("Mobile", 190_000);
        assertThat(NeighbourEvidence.partyAndHome(span(sentence("a new T-~Mobile phone"), "Mobile", mobile))).isZero();
        assertThat(NeighbourEvidence.partyAndHome(span(sentence("bought at , T-~Mobile"), "Mobile", mobile))).isZero();
        assertThat(NeighbourEvidence.partyAndHome(span(sentence("Humason R-~Westfield said"), "Westfield",
                town("Westfield", 41_000)))).isZero();
    }

    @Test
    void a_masthead_word_among_the_capitalised_words_after_a_name_makes_it_a_newspaper() {
        assertThat(NeighbourEvidence.newspaperTitle(span(sentence("told The Moscow Times ."), "Moscow",
                town("Moscow", 12_000_000)))).isEqualTo(NeighbourWeights.NEWSPAPER_TITLE);
        assertThat(NeighbourEvidence.newspaperTitle(span(sentence("the Lansing State Journal reported"), "Lansing",
                town("Lansing", 115_000)))).isEqualTo(NeighbourWeights.NEWSPAPER_TITLE);
    }

    @Test
    void a_lower_case_masthead_word_or_one_beyond_the_next_words_makes_no_newspaper() {
        GazetteerEntry moscow = town("Moscow", 12_000_000);
        assertThat(NeighbourEvidence.newspaperTitle(span(sentence("a Moscow daily reported"), "Moscow", moscow))).isZero();
        assertThat(NeighbourEvidence.newspaperTitle(span(sentence("in Moscow , Times reported"), "Moscow", moscow))).isZero();
        assertThat(NeighbourEvidence.newspaperTitle(span(sentence("the Moscow City Duma Post"), "Moscow", moscow))).isZero();
        assertThat(NeighbourEvidence.newspaperTitle(span(sentence("Moscow police said"), "Moscow", moscow))).isZero();
    }
}
