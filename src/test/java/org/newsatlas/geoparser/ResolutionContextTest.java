package org.newsatlas.geoparser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Context decides between places of the same name. */
class ResolutionContextTest {

    private final Geoparser geoparser = SharedGeoparser.get();

    @Test
    void a_following_state_qualifies_a_town() {
        GeoparsedText text = geoparser.parse("The fair opened in Paris, Texas, on Saturday.");
        assertThat(SampleArticleGeoparsingTest.first(text, "Paris"))
                .hasValueSatisfying(paris -> {
                    assertThat(paris.place().countryCode()).isEqualTo("US");
                    assertThat(paris.place().admin1Code()).isEqualTo("TX");
                });
    }

    @Test
    void a_bare_capital_name_is_the_capital() {
        GeoparsedText text = geoparser.parse("Talks resumed in Paris on Monday.");
        assertThat(SampleArticleGeoparsingTest.first(text, "Paris"))
                .hasValueSatisfying(paris -> assertThat(paris.place().countryCode()).isEqualTo("FR"));
    }

    @Test
    void a_name_after_a_title_is_a_person() {
        GeoparsedText text = geoparser.parse("Mr. Lincoln said the vote in Nebraska was close.");
        assertThat(text.toponyms()).extracting(ResolvedToponym::name).containsExactly("Nebraska");
    }

    @Test
    void one_name_keeps_one_sense_in_a_document() {
        GeoparsedText text = geoparser.parse(
                "Springfield, Illinois, voted on Tuesday. Officials in Springfield said turnout was high.");
        assertThat(text.toponyms()).filteredOn(t -> t.name().equals("Springfield"))
                .hasSize(2)
                .allSatisfy(t -> assertThat(t.place().admin1Code()).isEqualTo("IL"));
    }

    @Test
    void small_places_near_each_other_win_together_against_a_famous_namesake() {
        GeoparsedText nebraska = geoparser.parse(
                "Columbus police said the crash happened between Schuyler and Norfolk in Platte County.");
        assertThat(SampleArticleGeoparsingTest.first(nebraska, "Columbus"))
                .hasValueSatisfying(columbus -> assertThat(columbus.place().admin1Code()).isEqualTo("NE"));
        GeoparsedText alone = geoparser.parse("Columbus police said the crash happened downtown.");
        assertThat(SampleArticleGeoparsingTest.first(alone, "Columbus"))
                .hasValueSatisfying(columbus -> assertThat(columbus.place().admin1Code()).isEqualTo("OH"));
    }

    @Test
    void the_country_of_the_other_names_turns_a_name_to_its_namesake_there() {
        GeoparsedText lebanon = geoparser.parse(
                "Clashes broke out in Tripoli on Sunday. Fighters from Beirut and Sidon joined them.");
        assertThat(SampleArticleGeoparsingTest.first(lebanon, "Tripoli"))
                .hasValueSatisfying(tripoli -> assertThat(tripoli.place().countryCode()).isEqualTo("LB"));
        GeoparsedText alone = geoparser.parse("Clashes broke out in Tripoli on Sunday.");
        assertThat(SampleArticleGeoparsingTest.first(alone, "Tripoli"))
                .hasValueSatisfying(tripoli -> assertThat(tripoli.place().countryCode()).isEqualTo("LY"));
    }

    @Test
    void a_capital_gives_way_to_a_town_among_the_places_around_it() {
        GeoparsedText ontario = geoparser.parse("The mayor of London met officials in Ontario and Toronto.");
        assertThat(SampleArticleGeoparsingTest.first(ontario, "London"))
                .hasValueSatisfying(london -> assertThat(london.place().countryCode()).isEqualTo("CA"));
        GeoparsedText europe = geoparser.parse("The mayor of London met officials in Paris.");
        assertThat(SampleArticleGeoparsingTest.first(europe, "London"))
                .hasValueSatisfying(london -> assertThat(london.place().countryCode()).isEqualTo("GB"));
    }

    @Test
    void an_empty_text_has_no_places() {
        assertThat(geoparser.parse("").toponyms()).isEmpty();
        assertThat(geoparser.parse("   \n\n ").sentences()).isEmpty();
    }

    @Test
    void the_red_river_beside_fargo_is_the_red_river_of_the_north() {
        GeoparsedText north = geoparser.parse("The Red River crested at 39 feet in Fargo, North Dakota.");
        assertThat(SampleArticleGeoparsingTest.first(north, "Red River"))
                .hasValueSatisfying(river -> assertThat(river.place().latitude()).isGreaterThan(45));
        GeoparsedText south = geoparser.parse("The Red River forms the border between Texas and Oklahoma.");
        assertThat(SampleArticleGeoparsingTest.first(south, "Red River"))
                .hasValueSatisfying(river -> assertThat(river.place().latitude()).isLessThan(40));
    }

    @Test
    void the_people_s_republic_of_china_is_china_and_the_republic_of_china_taiwan() {
        GeoparsedText prc = geoparser.parse("The People's Republic of China has withheld information.");
        assertThat(SampleArticleGeoparsingTest.first(prc, "People's Republic of China"))
                .hasValueSatisfying(china -> assertThat(china.place().countryCode()).isEqualTo("CN"));
        GeoparsedText roc = geoparser.parse("The Republic of China held elections in Taipei.");
        assertThat(SampleArticleGeoparsingTest.first(roc, "Republic of China"))
                .hasValueSatisfying(taiwan -> assertThat(taiwan.place().countryCode()).isEqualTo("TW"));
    }
}
