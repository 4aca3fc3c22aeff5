package org.newsatlas.geoparser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evidence rules of recognition, each on a sentence of its own through the real pipeline. Every
 * test that finds a name missing has a twin that finds the same name where the rule does not apply,
 * so that neither passes merely because nothing is found.
 */
class RecognitionRulesTest {

    private final Geoparser geoparser = SharedGeoparser.get();

    private List<String> names(String text) {
        return geoparser.parse(text).toponyms().stream().map(ResolvedToponym::name).toList();
    }

    @Test
    void a_given_name_and_surname_are_a_person() {
        assertThat(names("Mary Lincoln said the council in Springfield, Illinois, would meet."))
                .doesNotContain("Mary", "Lincoln").contains("Springfield", "Illinois");
    }

    @Test
    void the_same_surname_after_a_locative_word_is_a_place() {
        assertThat(names("The mayor of Lincoln said the council in Springfield, Illinois, would meet."))
                .contains("Lincoln", "Springfield", "Illinois");
    }

    @Test
    void a_surname_seen_after_a_given_name_stays_a_person() {
        assertThat(names("Mark Lincoln flew to Tunisia. Later Lincoln met officials in Tunis."))
                .containsExactly("Tunisia", "Tunis");
    }

    @Test
    void the_same_bare_name_with_no_person_named_before_it_is_a_place() {
        assertThat(names("Officials flew to Tunisia. Later Lincoln met officials in Tunis."))
                .containsExactly("Tunisia", "Lincoln", "Tunis");
    }

    @Test
    void a_surname_after_a_quoted_nickname_is_a_person() {
        assertThat(names("Sheriff Beauregard “Bud” Torres said the boy was booked in Baton Rouge."))
                .doesNotContain("Torres").contains("Baton Rouge");
    }

    @Test
    void the_same_name_after_a_locative_word_is_a_place() {
        assertThat(names("The boy was booked in Torres, Brazil.")).contains("Torres", "Brazil");
    }

    @Test
    void an_organisation_word_that_is_also_a_county_s_name_is_the_organisation() {
        assertThat(names("The Bureau of Meteorology says the cyclone will reach Darwin."))
                .doesNotContain("Bureau").contains("Darwin");
    }

    @Test
    void the_county_of_that_name_is_still_a_place() {
        assertThat(names("Officials in Bureau County, Illinois, closed the roads.")).contains("Bureau County", "Illinois");
    }

    @Test
    void a_given_name_before_a_surname_is_a_person_even_where_the_name_finder_marks_it() {
        assertThat(names("Chile's interior minister, Carolina Tohá, said the protests in Santiago would be investigated."))
                .doesNotContain("Carolina").contains("Chile", "Santiago");
    }

    @Test
    void the_town_of_that_name_is_still_a_place() {
        assertThat(names("Officials in Carolina, Puerto Rico, said the protests would be investigated."))
                .contains("Carolina", "Puerto Rico");
    }

    @Test
    void an_adjective_before_a_noun_is_no_place() {
        assertThat(names("Clinton said moderate Arab countries are more concerned about Iran than Israel."))
                .doesNotContain("Arab").contains("Iran", "Israel");
    }

    @Test
    void the_town_of_that_name_after_a_locative_word_is_a_place() {
        assertThat(names("A school opened in Arab, Alabama, on Monday.")).contains("Arab", "Alabama");
    }

    @Test
    void the_leading_article_is_not_part_of_the_name() {
        GeoparsedText text = geoparser.parse("The U.S. has confirmed two cases.");
        assertThat(text.toponyms()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("U.S.");
            assertThat(t.place().countryCode()).isEqualTo("US");
        });
    }

    @Test
    void a_pathogen_named_after_a_place_is_not_a_place() {
        assertThat(names("Cases of West Nile virus and Lassa fever were reported in Nigeria."))
                .containsExactly("Nigeria");
    }

    @Test
    void the_same_names_without_a_disease_word_are_places() {
        assertThat(names("Cases were reported near Lassa and along the Nile."))
                .containsExactly("Lassa", "Nile");
    }

    @Test
    void contractions_single_letters_and_amounts_are_not_places() {
        assertThat(names("I'm sure A deal worth US$5 million was signed in Kenya."))
                .containsExactly("Kenya");
    }

    @Test
    void the_country_of_a_currency_named_on_its_own_is_a_place() {
        assertThat(names("I'm sure a deal worth 5 million was signed in the US and in Kenya."))
                .containsExactly("US", "Kenya");
    }

    @Test
    void a_name_before_street_is_a_street_not_a_place() {
        assertThat(names("The fire at 6016 Dublin Road in Alexandria was put out."))
                .doesNotContain("Dublin").contains("Alexandria");
    }

    @Test
    void the_same_name_without_a_street_word_is_a_place() {
        assertThat(names("The fire in Dublin was put out.")).containsExactly("Dublin");
    }

    @Test
    void directions_and_titles_alone_are_not_places() {
        assertThat(names("North of the river, Mr. Smith and Dr. Jones met President Obama."))
                .isEmpty();
    }

    @Test
    void a_direction_inside_a_name_and_a_name_after_no_title_are_places() {
        assertThat(names("Officials in North Carolina met in Raleigh.")).contains("North Carolina");
        assertThat(names("They flew to Obama, Japan, on Monday.")).contains("Obama");
    }

    @Test
    void a_demonym_stands_for_its_country_but_not_inside_an_organisation_name() {
        assertThat(geoparser.parse("Libyan forces advanced.").toponyms())
                .singleElement().satisfies(t -> assertThat(t.place().countryCode()).isEqualTo("LY"));
        assertThat(names("The African Union met.")).isEmpty();
    }

    @Test
    void the_same_demonym_outside_an_organisation_name_is_a_place() {
        assertThat(names("African leaders met in Addis Ababa.")).containsExactly("African", "Addis Ababa");
    }

    @Test
    void a_dateline_in_capitals_is_a_place() {
        assertThat(geoparser.parse("BEIRUT, Lebanon - Talks resumed on Monday.").toponyms())
                .extracting(ResolvedToponym::name).containsExactly("BEIRUT", "Lebanon");
    }

    @Test
    void a_name_and_its_qualifier_are_two_mentions() {
        GeoparsedText text = geoparser.parse("A patient was admitted to a hospital in Washington, D.C. on Monday.");
        assertThat(text.toponyms()).extracting(ResolvedToponym::name).containsExactly("Washington", "D.C.");
        assertThat(text.toponyms().get(0).place().featureCode()).isEqualTo("PPLC");
    }

    @Test
    void common_words_in_an_all_caps_headline_are_not_places() {
        assertThat(names("POLICE SAY MAN ARRESTED AFTER CHASE IN DENVER\n\nA man was arrested in Denver."))
                .containsExactly("DENVER", "Denver");
    }

    @Test
    void the_place_a_common_word_in_capitals_stood_for_is_found_by_its_full_name() {
        assertThat(names("He flew to the Isle of Man on Monday.")).containsExactly("Isle of Man");
    }

    @Test
    void a_make_after_a_model_year_is_no_place_in_any_of_its_mentions() {
        assertThat(names("Police said he was driving a 1995 Honda Accord near Dallas. The Honda hit a pole."))
                .containsExactly("Dallas");
    }

    @Test
    void the_town_of_that_name_after_a_locative_word_is_a_place_without_a_model_year() {
        assertThat(names("Police said he was driving near Honda, Colombia, on Monday."))
                .contains("Honda", "Colombia");
    }

    @Test
    void a_town_known_by_an_alternate_name_gives_a_word_no_weight_of_a_place() {
        assertThat(names("As such, Hamas is not a legitimate authority in Gaza, he said."))
                .doesNotContain("Hamas").contains("Gaza");
        assertThat(names("The train from Hamm reached Dortmund in Germany.")).contains("Hamm", "Dortmund");
    }

    @Test
    void a_word_in_title_case_is_no_acronym_of_a_place_and_a_dotted_abbreviation_still_is() {
        assertThat(names("The Clean Air Act was debated in Ohio.")).containsExactly("Ohio");
        assertThat(names("The fire started in Little Rock, Ark., on Monday.")).contains("Little Rock", "Ark.");
    }

    @Test
    void a_disease_named_once_with_its_word_is_the_disease_in_its_other_mentions() {
        assertThat(names("West Nile virus reached Texas. About 60 percent of West Nile cases happen there."))
                .containsExactly("Texas");
    }
}
