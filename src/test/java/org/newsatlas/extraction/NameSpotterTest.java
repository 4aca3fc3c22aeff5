package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.extraction.Places.alsoKnownAs;
import static org.newsatlas.extraction.Places.country;
import static org.newsatlas.extraction.Places.entry;
import static org.newsatlas.extraction.Places.firstOrderDivision;
import static org.newsatlas.extraction.Places.town;
import static org.newsatlas.extraction.Sentences.sentence;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.InMemoryGazetteer;

class NameSpotterTest {

    private static final GazetteerEntry THAILAND = country("Thailand");
    private static final GazetteerEntry LAOS = entry("Lao People's Democratic Republic", "A", "PCLI", 7_000_000);
    private static final GazetteerEntry LIBYA = country("Libya");
    private static final GazetteerEntry SRI_LANKA = country("Sri Lanka");
    private static final GazetteerEntry KOREA = country("South Korea");
    private static final GazetteerEntry TURKS = entry("Turks and Caicos Islands", "A", "PCLD", 40_000);

    private static final Gazetteer GAZETTEER = InMemoryGazetteer.builder()
            .add(alsoKnownAs(country("United States"), "U.S.", "US"))
            .add(town("The Hague", 500_000))
            .add(town("Washington", 700_000))
            .add(alsoKnownAs(firstOrderDivision("District of Columbia", 700_000), "Washington, D.C.", "D.C."))
            .add(entry("Bonaire, Sint Eustatius and Saba", "A", "PCLD", 25_000))
            .add(country("Isle of Man"))
            .add(town("Tunis", 600_000))
            .add(town("Fresno", 540_000))
            .add(town("Al", 1_000))
            .add(town("A", 100))
            .add(THAILAND).add(LAOS).add(LIBYA).add(SRI_LANKA).add(KOREA).add(TURKS)
            .add(town("South", 2_000))
            .add(alsoKnownAs(firstOrderDivision("Jiangsu", 80_000_000), "Jiangsu Province"))
            .add(alsoKnownAs(country("Ivory Coast"), "Cote d'Ivoire"))
            .add(alsoKnownAs(firstOrderDivision("Australian Capital Territory", 400_000), "ACT"))
            .add(alsoKnownAs(firstOrderDivision("California", 39_000_000), "Calif."))
            .addDemonym("Thai", THAILAND.geonameId())
            .addDemonym("Lao", LAOS.geonameId())
            .addDemonym("Libyan", LIBYA.geonameId())
            .addDemonym("Sri Lankan", SRI_LANKA.geonameId())
            .addDemonym("Korean", KOREA.geonameId())
            .addDemonym("South Korean", KOREA.geonameId())
            .addDemonym("Turks and Caicos Islander", TURKS.geonameId())
            .build();

    private final NameSpotter spotter = new NameSpotter(GAZETTEER, RecognitionSettings.defaults());

    private List<String> spotted(NameSpotter spotter, String words) {
        AnalyzedSentence sentence = sentence(words);
        return spotter.spot(sentence, 0).stream()
                .map(c -> NameSpotter.joined(sentence, c.fromToken(), c.toToken())
                        + (c.demonym() ? " (demonym)" : ""))
                .toList();
    }

    private List<String> spotted(String words) {
        return spotted(spotter, words);
    }

    @Test
    void an_alternate_name_ending_in_a_lower_case_kind_leaves_the_name_before_it() {
        assertThat(spotted("from the Jiangsu province of China")).containsExactly("Jiangsu");
        assertThat(spotted("from the Jiangsu Province of China")).containsExactly("Jiangsu Province");
    }

    @Test
    void a_word_in_title_case_is_no_acronym_of_a_place() {
        assertThat(spotted("under the Clean Air Act of 1990")).isEmpty();
        assertThat(spotted("schools in the ACT reopened")).containsExactly("ACT");
    }

    @Test
    void an_abbreviation_names_its_place_only_with_its_dot_or_as_a_legislator_s_home() {
        assertThat(spotted("Calif and Tunis")).containsExactly("Tunis");
        assertThat(spotted("in Fresno , Calif. , said")).containsExactly("Fresno", "Calif.");
        assertThat(spotted("in Fresno , Calif~. said")).containsExactly("Fresno", "Calif");
        assertThat(spotted("Pelosi , D-~Calif , told")).containsExactly("Calif");
    }

    @Test
    void a_name_that_ends_in_an_elided_article_before_a_capital_is_a_name() {
        assertThat(spotted("hit Cote d'Ivoire and Tunis")).containsExactly("Cote d'Ivoire", "Tunis");
    }

    @Test
    void a_capitalised_run_the_gazetteer_knows_is_a_candidate_and_a_lower_case_one_is_not() {
        assertThat(spotted("talks in Tunis ended")).containsExactly("Tunis");
        assertThat(spotted("talks in tunis ended")).isEmpty();
    }

    @Test
    void a_name_must_end_on_a_capitalised_word() {
        assertThat(spotted("flew to the Isle of Man today")).containsExactly("Isle of Man");
        assertThat(spotted("flew to the Isle of man today")).isEmpty();
    }

    @Test
    void the_leading_article_stays_out_of_a_name_the_gazetteer_knows_without_it() {
        assertThat(spotted("The U.S. has confirmed")).containsExactly("U.S.");
    }

    @Test
    void the_leading_article_stays_in_a_name_the_gazetteer_knows_only_with_it() {
        assertThat(spotted("The Hague has confirmed")).containsExactly("The Hague");
    }

    @Test
    void a_name_running_over_a_comma_splits_into_the_name_and_its_qualifier() {
        assertThat(spotted("in Washington , D.C. today")).containsExactly("Washington", "D.C.");
    }

    @Test
    void a_name_running_over_a_comma_stays_whole_when_the_part_before_it_is_no_name() {
        assertThat(spotted("in Bonaire , Sint Eustatius and Saba today"))
                .containsExactly("Bonaire , Sint Eustatius and Saba");
    }

    @Test
    void a_single_letter_opens_no_name_though_the_gazetteer_knows_it() {
        assertThat(spotted("A deal in Al")).containsExactly("Al");
    }

    @Test
    void a_demonym_and_its_plural_are_candidates() {
        assertThat(spotted("Libyan and Libyans said")).containsExactly("Libyan (demonym)", "Libyans (demonym)");
        assertThat(spotted("the Thais said")).containsExactly("Thais (demonym)");
    }

    @Test
    void a_word_shorter_than_a_plural_demonym_is_not_read_as_one() {
        assertThat(spotted("the Lao and the Laos said")).containsExactly("Lao (demonym)");
    }

    @Test
    void a_demonym_of_several_words_is_one_candidate_even_where_no_word_of_it_is_one() {
        assertThat(spotted("the Sri Lankan government said")).containsExactly("Sri Lankan (demonym)");
        assertThat(spotted("many Sri Lankans fled")).containsExactly("Sri Lankans (demonym)");
        assertThat(spotted("a Turks and Caicos Islander said")).containsExactly("Turks and Caicos Islander (demonym)");
        assertThat(spotted("the South Korean authorities")).containsExactly("South Korean (demonym)");
        assertThat(spotted("the Sri Lanka government")).containsExactly("Sri Lanka");
        assertThat(spotted("in South Tunis and Korean towns")).containsExactly("South", "Tunis", "Korean (demonym)");
    }

    @Test
    void demonyms_are_left_out_when_the_settings_say_so() {
        NameSpotter withoutDemonyms = new NameSpotter(GAZETTEER, new RecognitionSettings(false, true, 1.0));
        assertThat(spotted(withoutDemonyms, "Libyan forces in Tunis")).containsExactly("Tunis");
        assertThat(spotted(withoutDemonyms, "the Sri Lankan forces in Tunis")).containsExactly("Tunis");
    }
}
