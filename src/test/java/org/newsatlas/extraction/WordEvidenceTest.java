package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.extraction.Places.country;
import static org.newsatlas.extraction.Places.firstOrderDivision;
import static org.newsatlas.extraction.Places.town;
import static org.newsatlas.extraction.RecognitionWeights.ALL_COMMON_WORDS;
import static org.newsatlas.extraction.RecognitionWeights.BARE_GIVEN_NAME;
import static org.newsatlas.extraction.RecognitionWeights.COMMON_WORD;
import static org.newsatlas.extraction.RecognitionWeights.COMMON_WORD_NAMED_BY_FINDER;
import static org.newsatlas.extraction.RecognitionWeights.TIME_WORD;
import static org.newsatlas.extraction.RecognitionWeights.TIME_WORD_NAMED_BY_FINDER;
import static org.newsatlas.extraction.RecognitionWeights.TITLE_OR_DESCRIPTOR_ALONE;
import static org.newsatlas.extraction.Sentences.demonym;
import static org.newsatlas.extraction.Sentences.namedByFinder;
import static org.newsatlas.extraction.Sentences.sentence;
import static org.newsatlas.extraction.Sentences.span;

import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;

class WordEvidenceTest {

    private static final GazetteerEntry TUNIS = town("Tunis", 600_000);

    private final WordEvidence words = new WordEvidence(Places.COMMON_WORDS, Places.GIVEN_NAMES);

    @Test
    void a_month_or_a_holiday_alone_is_a_time_word() {
        assertThat(WordEvidence.timeWord(span(sentence("mild in May"), "May", town("May", 1_000))))
                .isEqualTo(TIME_WORD);
        assertThat(WordEvidence.timeWord(span(sentence("before Passover ."), "Passover", town("Passover", 100))))
                .isEqualTo(TIME_WORD);
    }

    @Test
    void a_name_before_a_capitalised_day_with_or_without_a_possessive_names_a_day() {
        GazetteerEntry patrick = town("St. Patrick", 2_000);
        assertThat(WordEvidence.timeWord(span(sentence("safety on St. Patrick~'s Day ."), "St. Patrick", patrick)))
                .isEqualTo(TIME_WORD);
        assertThat(WordEvidence.timeWord(span(sentence("closed for Columbus Day ."), "Columbus",
                town("Columbus", 900_000)))).isEqualTo(TIME_WORD);
        assertThat(WordEvidence.timeWord(span(sentence("a day in St. Patrick ."), "St. Patrick", patrick))).isZero();
    }

    @Test
    void a_major_place_before_a_day_is_still_the_place_the_day_is_for() {
        assertThat(WordEvidence.timeWord(span(sentence("on Canada Day ."), "Canada", Places.country("Canada")))).isZero();
    }

    @Test
    void an_organisation_word_inside_a_longer_name_names_the_organisation() {
        GazetteerEntry bureau = town("Bureau", 33_000);
        assertThat(WordEvidence.organisationWordInName(span(sentence("The Bureau of Meteorology says"), "Bureau", bureau)))
                .isEqualTo(RecognitionWeights.ORGANISATION_WORD_IN_NAME);
        assertThat(WordEvidence.organisationWordInName(span(sentence("the American Farm Bureau Federation"), "Bureau", bureau)))
                .isEqualTo(RecognitionWeights.ORGANISATION_WORD_IN_NAME);
        assertThat(WordEvidence.organisationWordInName(span(sentence("said Beijing Health Bureau spokeswoman Deng"),
                "Bureau", bureau))).isEqualTo(RecognitionWeights.ORGANISATION_WORD_IN_NAME);
    }

    @Test
    void an_organisation_word_standing_alone_or_a_place_name_inside_a_name_is_not_held_against() {
        GazetteerEntry bureau = town("Bureau", 33_000);
        assertThat(WordEvidence.organisationWordInName(span(sentence("roads in Bureau were closed"), "Bureau", bureau)))
                .isZero();
        assertThat(WordEvidence.organisationWordInName(span(sentence("the Bureau said"), "Bureau", bureau))).isZero();
        assertThat(WordEvidence.organisationWordInName(span(sentence("the Tunis Bureau of Meteorology"), "Tunis", TUNIS)))
                .isZero();
    }

    @Test
    void the_name_finder_softens_the_time_word_doubt() {
        assertThat(WordEvidence.timeWord(namedByFinder(span(sentence("mild in May"), "May", town("May", 1_000)))))
                .isEqualTo(TIME_WORD_NAMED_BY_FINDER);
    }

    @Test
    void a_month_inside_a_longer_name_or_a_place_name_is_no_time_word() {
        AnalyzedSentence sentence = sentence("from March Air Base to Tunis");
        assertThat(WordEvidence.timeWord(span(sentence, "March Air Base", town("March Air Base", 1_000)))).isZero();
        assertThat(WordEvidence.timeWord(span(sentence, "Tunis", TUNIS))).isZero();
    }

    @Test
    void a_title_a_descriptor_or_saint_alone_is_no_place() {
        assertThat(WordEvidence.titleOrDescriptorAlone(span(sentence("the Chief said"), "Chief", town("Chief", 10))))
                .isEqualTo(TITLE_OR_DESCRIPTOR_ALONE);
        assertThat(WordEvidence.titleOrDescriptorAlone(span(sentence("in the North"), "North", town("North", 10))))
                .isEqualTo(TITLE_OR_DESCRIPTOR_ALONE);
        assertThat(WordEvidence.titleOrDescriptorAlone(span(sentence("San said"), "San", town("San", 10))))
                .isEqualTo(TITLE_OR_DESCRIPTOR_ALONE);
    }

    @Test
    void a_descriptor_that_opens_a_longer_name_or_a_plain_name_is_not_vetoed() {
        AnalyzedSentence sentence = sentence("in North Dakota and Tunis");
        SpanInSentence northDakota = span(sentence, "North Dakota", firstOrderDivision("North Dakota", 700_000));
        assertThat(WordEvidence.titleOrDescriptorAlone(northDakota)).isZero();
        assertThat(WordEvidence.titleOrDescriptorAlone(span(sentence, "Tunis", TUNIS))).isZero();
    }

    @Test
    void a_common_word_alone_needs_more_evidence_and_less_when_the_name_finder_marked_it() {
        SpanInSentence council = span(sentence("the Council met"), "Council", town("Council", 800));
        assertThat(words.commonWord(council)).isEqualTo(COMMON_WORD);
        assertThat(words.commonWord(namedByFinder(council))).isEqualTo(COMMON_WORD_NAMED_BY_FINDER);
    }

    @Test
    void a_name_that_is_no_common_word_or_is_a_title_already_vetoed_is_not_doubted_as_one() {
        assertThat(words.commonWord(span(sentence("in Tunis"), "Tunis", TUNIS))).isZero();
        assertThat(words.commonWord(span(sentence("the Chief said"), "Chief", town("Chief", 10)))).isZero();
    }

    @Test
    void a_common_word_in_capitals_is_still_a_common_word() {
        assertThat(words.commonWord(span(sentence("POLICE SAY MAN ARRESTED"), "MAN", country("Isle of Man"))))
                .isEqualTo(COMMON_WORD);
        assertThat(words.commonWord(span(sentence("said Us ."), "Us", country("US")))).isEqualTo(COMMON_WORD);
    }

    @Test
    void two_capitals_are_a_code_and_no_common_word() {
        assertThat(words.commonWord(span(sentence("in the US ."), "US", country("US")))).isZero();
    }

    @Test
    void a_bare_given_name_needs_more_evidence() {
        assertThat(words.bareGivenName(span(sentence("Mary said"), "Mary", town("Mary", 1_000))))
                .isEqualTo(BARE_GIVEN_NAME);
    }

    @Test
    void a_given_name_that_is_a_major_place_is_spared_and_a_small_town_of_that_name_is_not() {
        GazetteerEntry state = firstOrderDivision("Virginia", 8_000_000);
        assertThat(words.bareGivenName(span(sentence("Virginia said"), "Virginia", state))).isZero();
        assertThat(words.bareGivenName(span(sentence("Virginia said"), "Virginia", town("Virginia", 1_000))))
                .isEqualTo(BARE_GIVEN_NAME);
    }

    @Test
    void a_given_name_after_a_locative_word_that_is_a_country_or_that_the_name_finder_marked_is_spared() {
        assertThat(words.bareGivenName(span(sentence("lived in Mary"), "Mary", town("Mary", 1_000)))).isZero();
        assertThat(words.bareGivenName(span(sentence("Georgia said"), "Georgia", country("Georgia")))).isZero();
        assertThat(words.bareGivenName(namedByFinder(span(sentence("Mary said"), "Mary", town("Mary", 1_000)))))
                .isZero();
    }

    @Test
    void several_common_words_together_need_more_evidence_and_a_name_among_them_does_not() {
        AnalyzedSentence sentence = sentence("from New Market to New Orleans");
        assertThat(words.allCommonWords(span(sentence, "New Market", town("New Market", 1_000))))
                .isEqualTo(ALL_COMMON_WORDS);
        assertThat(words.allCommonWords(span(sentence, "New Orleans", town("New Orleans", 380_000)))).isZero();
    }

    @Test
    void a_demonym_that_is_a_common_word_is_weighed_as_several_common_words_and_other_demonyms_are_not() {
        assertThat(words.allCommonWords(demonym(sentence("the French said"), "French", country("France"))))
                .isEqualTo(ALL_COMMON_WORDS);
        assertThat(words.allCommonWords(demonym(sentence("the Libyan said"), "Libyan", country("Libya")))).isZero();
    }

    @Test
    void a_single_common_word_is_left_to_the_single_word_rule() {
        assertThat(words.allCommonWords(span(sentence("the Council met"), "Council", town("Council", 800)))).isZero();
    }
}
