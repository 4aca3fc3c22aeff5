package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.extraction.Places.country;
import static org.newsatlas.extraction.Places.town;
import static org.newsatlas.extraction.RecognitionWeights.DATELINE;
import static org.newsatlas.extraction.RecognitionWeights.DEMONYM;
import static org.newsatlas.extraction.RecognitionWeights.DEMONYM_INSIDE_NAME;
import static org.newsatlas.extraction.RecognitionWeights.HYPHENATED_NAME;
import static org.newsatlas.extraction.RecognitionWeights.NOT_OPENING_SENTENCE;
import static org.newsatlas.extraction.RecognitionWeights.OPENS_SENTENCE_NOT_PROPER_NOUN;
import static org.newsatlas.extraction.RecognitionWeights.PROPER_NOUN;
import static org.newsatlas.extraction.RecognitionWeights.SEVERAL_WORDS;
import static org.newsatlas.extraction.RecognitionWeights.UNKNOWN_ACRONYM;
import static org.newsatlas.extraction.Sentences.demonym;
import static org.newsatlas.extraction.Sentences.namedByFinder;
import static org.newsatlas.extraction.Sentences.sentence;
import static org.newsatlas.extraction.Sentences.span;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;

class ShapeEvidenceTest {

    private static final GazetteerEntry TUNIS = town("Tunis", 600_000);
    private static final GazetteerEntry LIBYA = country("Libya");

    @Test
    void one_word_tagged_an_adjective_before_a_lower_case_word_is_an_adjective() {
        assertThat(ShapeEvidence.adjectiveBeforeNoun(span(sentence("moderate Arab/ADJ countries are"), "Arab",
                town("Arab", 8_000)))).isEqualTo(RecognitionWeights.ADJECTIVE_BEFORE_NOUN);
    }

    @Test
    void a_major_place_tagged_an_adjective_before_a_verb_is_the_taggers_mistake_but_a_town_so_tagged_is_not() {
        assertThat(ShapeEvidence.adjectiveBeforeNoun(span(sentence("while Libya/ADJ waited/VERB"), "Libya",
                country("Libya")))).isZero();
        assertThat(ShapeEvidence.adjectiveBeforeNoun(span(sentence("while Arab/ADJ waited/VERB"), "Arab",
                town("Arab", 8_000)))).isEqualTo(RecognitionWeights.ADJECTIVE_BEFORE_NOUN);
        assertThat(ShapeEvidence.adjectiveBeforeNoun(span(sentence("the Libya/ADJ talks"), "Libya",
                country("Libya")))).isEqualTo(RecognitionWeights.ADJECTIVE_BEFORE_NOUN);
    }

    @Test
    void a_name_tagged_an_adjective_before_the_people_of_a_place_is_no_adjective() {
        assertThat(ShapeEvidence.adjectiveBeforeNoun(span(sentence("A Longview/ADJ woman said"), "Longview",
                town("Longview", 80_000)))).isZero();
        assertThat(ShapeEvidence.adjectiveBeforeNoun(span(sentence("An Albany/ADJ police team"), "Albany",
                town("Albany", 90_000)))).isZero();
    }

    @Test
    void a_proper_noun_before_a_lower_case_word_or_an_adjective_at_the_end_is_not() {
        assertThat(ShapeEvidence.adjectiveBeforeNoun(span(sentence("Texas officials said"), "Texas",
                town("Texas", 8_000)))).isZero();
        assertThat(ShapeEvidence.adjectiveBeforeNoun(span(sentence("they met in Arab/ADJ ."), "Arab",
                town("Arab", 8_000)))).isZero();
    }

    @Test
    void a_name_whose_token_ends_in_a_hyphen_glued_to_a_capitalised_word_is_part_of_a_hyphenated_name() {
        assertThat(ShapeEvidence.hyphenatedName(span(sentence("the Arab-~Israeli talks"), "Arab-",
                town("Arab", 8_000)))).isEqualTo(HYPHENATED_NAME);
        assertThat(ShapeEvidence.hyphenatedName(span(sentence("the Arab-~led talks"), "Arab-",
                town("Arab", 8_000)))).isZero();
    }

    @Test
    void a_name_joined_by_an_ampersand_to_another_name_is_a_firm() {
        GazetteerEntry stevens = town("Stevens", 2_000);
        assertThat(ShapeEvidence.ampersandName(span(sentence("offer from Stevens & Wilkinson , saying"), "Stevens",
                stevens))).isEqualTo(RecognitionWeights.AMPERSAND_NAME);
        assertThat(ShapeEvidence.ampersandName(span(sentence("offer from Stevens & Wilkinson , saying"), "Wilkinson",
                town("Wilkinson", 2_000)))).isEqualTo(RecognitionWeights.AMPERSAND_NAME);
    }

    @Test
    void a_major_place_joined_by_an_ampersand_or_a_name_before_a_lower_case_word_is_no_firm() {
        assertThat(ShapeEvidence.ampersandName(span(sentence("in Trinidad & Tobago"), "Trinidad",
                country("Trinidad")))).isZero();
        assertThat(ShapeEvidence.ampersandName(span(sentence("Stevens & others said"), "Stevens",
                town("Stevens", 2_000)))).isZero();
        assertThat(ShapeEvidence.ampersandName(span(sentence("Stevens and Wilkinson said"), "Stevens",
                town("Stevens", 2_000)))).isZero();
    }

    @Test
    void a_name_inside_a_sentence_gains_the_position_weight() {
        assertThat(ShapeEvidence.position(span(sentence("Talks in Tunis ended"), "Tunis", TUNIS)))
                .isEqualTo(NOT_OPENING_SENTENCE);
    }

    @Test
    void a_name_opening_a_sentence_gains_nothing_for_its_position_even_after_a_quote() {
        assertThat(ShapeEvidence.position(span(sentence("Tunis was calm"), "Tunis", TUNIS))).isZero();
        assertThat(ShapeEvidence.position(span(sentence("“~Tunis was calm"), "Tunis", TUNIS))).isZero();
    }

    @Test
    void a_demonym_opening_a_sentence_keeps_the_position_weight() {
        assertThat(ShapeEvidence.position(demonym(sentence("Libyan forces advanced"), "Libyan", LIBYA)))
                .isEqualTo(NOT_OPENING_SENTENCE);
    }

    @Test
    void a_span_of_proper_nouns_gains_the_proper_noun_weight() {
        assertThat(ShapeEvidence.partOfSpeech(span(sentence("Talks in Tunis ended"), "Tunis", TUNIS)))
                .isEqualTo(PROPER_NOUN);
    }

    @Test
    void a_capitalised_word_that_is_no_proper_noun_inside_a_sentence_gains_nothing_and_loses_nothing() {
        AnalyzedSentence sentence = sentence("the Reading/NOUN room");
        assertThat(ShapeEvidence.partOfSpeech(span(sentence, "Reading", town("Reading", 150_000)))).isZero();
    }

    @Test
    void a_sentence_opening_word_that_is_no_proper_noun_is_likely_a_common_word() {
        AnalyzedSentence sentence = sentence("Reading/VERB the report");
        assertThat(ShapeEvidence.partOfSpeech(span(sentence, "Reading", town("Reading", 150_000))))
                .isEqualTo(OPENS_SENTENCE_NOT_PROPER_NOUN);
    }

    @Test
    void a_dateline_is_spared_the_common_word_doubt_though_its_capitals_are_no_proper_noun() {
        AnalyzedSentence dateline = sentence("SPRINGFIELD/VERB - A city man was shot");
        assertThat(ShapeEvidence.partOfSpeech(span(dateline, "SPRINGFIELD", town("Springfield", 150_000))))
                .isZero();
        AnalyzedSentence headline = sentence("SPRINGFIELD/VERB man shot");
        assertThat(ShapeEvidence.partOfSpeech(span(headline, "SPRINGFIELD", town("Springfield", 150_000))))
                .isEqualTo(OPENS_SENTENCE_NOT_PROPER_NOUN);
    }

    @Test
    void a_sentence_opening_word_the_document_capitalises_after_a_lower_case_word_loses_the_common_word_doubt() {
        AnalyzedSentence opening = sentence("Athens/VERB officials met");
        DocumentCasing casing = DocumentCasing.of(List.of(opening, sentence("the mayor of Athens said")));
        assertThat(ShapeEvidence.capitalisedElsewhere(span(opening, "Athens", town("Athens", 120_000)), casing))
                .isEqualTo(RecognitionWeights.CAPITALISED_ELSEWHERE);
        AnalyzedSentence headline = sentence("ATHENS/VERB man shot");
        assertThat(ShapeEvidence.capitalisedElsewhere(span(headline, "ATHENS", town("Athens", 120_000)), casing))
                .isEqualTo(RecognitionWeights.CAPITALISED_ELSEWHERE);
    }

    @Test
    void a_sentence_opening_word_capitalised_elsewhere_only_after_capitals_or_at_openings_keeps_the_doubt() {
        AnalyzedSentence opening = sentence("Reading/VERB the report");
        DocumentCasing casing = DocumentCasing.of(List.of(opening, sentence("Reading is slow"),
                sentence("Man Reading Award"), sentence("the READING room")));
        assertThat(ShapeEvidence.capitalisedElsewhere(span(opening, "Reading", town("Reading", 150_000)), casing))
                .isZero();
        assertThat(ShapeEvidence.partOfSpeech(span(opening, "Reading", town("Reading", 150_000))))
                .isEqualTo(OPENS_SENTENCE_NOT_PROPER_NOUN);
    }

    @Test
    void a_proper_noun_opening_a_sentence_needs_no_casing_evidence() {
        AnalyzedSentence opening = sentence("Athens officials met");
        DocumentCasing casing = DocumentCasing.of(List.of(opening, sentence("the mayor of Athens said")));
        assertThat(ShapeEvidence.capitalisedElsewhere(span(opening, "Athens", town("Athens", 120_000)), casing))
                .isZero();
    }

    @Test
    void the_name_finder_or_a_demonym_spares_a_sentence_opening_word_the_common_word_doubt() {
        AnalyzedSentence reading = sentence("Reading/VERB is quiet");
        assertThat(ShapeEvidence.partOfSpeech(namedByFinder(span(reading, "Reading", town("Reading", 150_000)))))
                .isZero();
        AnalyzedSentence libyan = sentence("Libyan/ADJ forces advanced");
        assertThat(ShapeEvidence.partOfSpeech(demonym(libyan, "Libyan", LIBYA))).isZero();
    }

    @Test
    void a_name_of_several_words_gains_the_length_weight_and_a_single_word_does_not() {
        AnalyzedSentence sentence = sentence("from New Orleans to Tunis");
        assertThat(ShapeEvidence.severalWords(span(sentence, "New Orleans", town("New Orleans", 380_000))))
                .isEqualTo(SEVERAL_WORDS);
        assertThat(ShapeEvidence.severalWords(span(sentence, "Tunis", TUNIS))).isZero();
    }

    @Test
    void a_free_demonym_gains_the_demonym_weight_and_a_place_name_does_not() {
        assertThat(ShapeEvidence.demonym(demonym(sentence("the Libyan forces"), "Libyan", LIBYA)))
                .isEqualTo(DEMONYM);
        assertThat(ShapeEvidence.demonym(span(sentence("in Libya today"), "Libya", LIBYA))).isZero();
    }

    @Test
    void a_demonym_before_an_organisation_word_is_inside_a_name() {
        assertThat(ShapeEvidence.demonym(demonym(sentence("The African Union met"), "African", country("Africa"))))
                .isEqualTo(DEMONYM_INSIDE_NAME);
    }

    @Test
    void a_demonym_before_a_capitalised_title_stays_free() {
        AnalyzedSentence sentence = sentence("met Russian President Putin");
        assertThat(ShapeEvidence.demonym(demonym(sentence, "Russian", country("Russia"))))
                .isEqualTo(DEMONYM);
    }

    @Test
    void a_demonym_after_a_capitalised_word_inside_the_sentence_is_inside_a_name() {
        AnalyzedSentence sentence = sentence("along the North African coast");
        assertThat(ShapeEvidence.demonym(demonym(sentence, "African", country("Africa"))))
                .isEqualTo(DEMONYM_INSIDE_NAME);
    }

    @Test
    void a_demonym_after_the_capitalised_first_word_of_a_sentence_stays_free() {
        AnalyzedSentence sentence = sentence("Many Libyans fled");
        assertThat(ShapeEvidence.demonym(demonym(sentence, "Libyans", LIBYA))).isEqualTo(DEMONYM);
    }

    @Test
    void a_short_word_in_capitals_that_is_no_major_place_is_an_unknown_acronym() {
        assertThat(ShapeEvidence.unknownAcronym(span(sentence("said NBC today"), "NBC", town("Nbc", 1_000))))
                .isEqualTo(UNKNOWN_ACRONYM);
        assertThat(ShapeEvidence.unknownAcronym(span(sentence("said NATO today"), "NATO", town("Nato", 1_000))))
                .isEqualTo(UNKNOWN_ACRONYM);
    }

    @Test
    void a_country_in_capitals_a_longer_word_in_capitals_or_a_name_finder_mark_is_no_unknown_acronym() {
        assertThat(ShapeEvidence.unknownAcronym(span(sentence("in the USA today"), "USA", country("USA")))).isZero();
        assertThat(ShapeEvidence.unknownAcronym(span(sentence("said HAMAS today"), "HAMAS", town("Hamas", 1_000))))
                .isZero();
        assertThat(ShapeEvidence.unknownAcronym(namedByFinder(span(sentence("in NBC"), "NBC", town("Nbc", 1_000)))))
                .isZero();
    }

    @Test
    void a_place_in_capitals_opening_a_report_is_a_dateline() {
        GazetteerEntry beirut = town("Beirut", 1_900_000);
        assertThat(ShapeEvidence.dateline(span(sentence("BEIRUT , Lebanon - Talks resumed"), "BEIRUT", beirut)))
                .isEqualTo(DATELINE);
        assertThat(ShapeEvidence.dateline(span(sentence("BEIRUT ( AP ) - Talks resumed"), "BEIRUT", beirut)))
                .isEqualTo(DATELINE);
    }

    @Test
    void a_place_in_capitals_before_a_colon_two_hyphens_or_a_mis_decoded_em_dash_is_a_dateline() {
        GazetteerEntry columbus = town("Columbus", 900_000);
        for (String end : List.of(":", "--", "\u0097")) {
            assertThat(ShapeEvidence.dateline(span(sentence("COLUMBUS " + end + " The board met"), "COLUMBUS", columbus)))
                    .as(end).isEqualTo(DATELINE);
        }
        assertThat(ShapeEvidence.dateline(span(sentence("COLUMBUS ; The board met"), "COLUMBUS", columbus))).isZero();
        assertThat(ShapeEvidence.dateline(span(sentence("Columbus : The board met"), "Columbus", columbus))).isZero();
    }

    @Test
    void a_place_in_capitals_later_in_the_sentence_a_capitalised_place_or_a_two_letter_code_is_no_dateline() {
        GazetteerEntry beirut = town("Beirut", 1_900_000);
        assertThat(ShapeEvidence.dateline(span(sentence("Talks in BEIRUT , Lebanon"), "BEIRUT", beirut))).isZero();
        assertThat(ShapeEvidence.dateline(span(sentence("Beirut , Lebanon - Talks"), "Beirut", beirut))).isZero();
        assertThat(ShapeEvidence.dateline(span(sentence("US , officials said"), "US", country("US")))).isZero();
    }

    @Test
    void a_name_glued_by_a_hyphen_to_a_capitalised_word_is_part_of_a_brand() {
        AnalyzedSentence sentence = sentence("at Wal~-~Mart today");
        assertThat(ShapeEvidence.hyphenatedName(span(sentence, "Wal", town("Wal", 1_000))))
                .isEqualTo(HYPHENATED_NAME);
        assertThat(ShapeEvidence.hyphenatedName(span(sentence, "Mart", town("Mart", 1_000))))
                .isEqualTo(HYPHENATED_NAME);
    }

    @Test
    void a_name_glued_by_a_hyphen_to_a_name_that_pairs_with_it_as_two_places_is_no_brand() {
        AnalyzedSentence sentence = sentence("in Fargo~-~Moorhead today");
        SpanInSentence fargo = span(sentence, "Fargo", town("Fargo", 125_000));
        SpanInSentence paired = new SpanInSentence(sentence, fargo.candidate().withPairedByHyphen());
        assertThat(ShapeEvidence.hyphenatedName(paired)).isZero();
        assertThat(ShapeEvidence.hyphenatedName(fargo)).isEqualTo(HYPHENATED_NAME);
    }

    @Test
    void a_name_before_a_spaced_dash_or_a_hyphenated_lower_case_word_is_no_brand() {
        GazetteerEntry paris = town("Paris", 2_000_000);
        assertThat(ShapeEvidence.hyphenatedName(span(sentence("a Paris~-~based firm"), "Paris", paris))).isZero();
        assertThat(ShapeEvidence.hyphenatedName(span(sentence("from Paris - Tunis"), "Paris", paris))).isZero();
    }
}
