package org.newsatlas.geocoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;

/** A town inside a county the document spells out in full ("Richmond" beside "Madison County"). */
class NamedCountyTest {

    private static final GazetteerEntry RICHMOND_VIRGINIA = Place.of("Richmond", "P", "PPLA").in("US", "VA")
            .county("760").at(37.55, -77.46).population(226_000).entry();
    private static final GazetteerEntry RICHMOND_KENTUCKY = Place.of("Richmond", "P", "PPLA2").in("US", "KY")
            .county("151").at(37.75, -84.29).population(33_500).entry();
    private static final GazetteerEntry MADISON_COUNTY_KENTUCKY = Place.county("Madison County", "US", "KY", "151")
            .at(37.72, -84.28).population(92_000).entry();
    private static final GazetteerEntry MADISON_COUNTY_ALABAMA = Place.county("Madison County", "US", "AL", "089")
            .at(34.76, -86.55).population(388_000).entry();

    /** Richmond's choice in a document that also names {@code other}, with these readings. */
    private static GazetteerEntry richmondBeside(String other, GazetteerEntry... readings) {
        NameGroup richmond = new NameGroup(0, List.of(RICHMOND_VIRGINIA, RICHMOND_KENTUCKY));
        richmond.mentions().add(Mentions.of("Richmond", RICHMOND_VIRGINIA, RICHMOND_KENTUCKY));
        NameGroup county = new NameGroup(1, List.of(readings));
        county.mentions().add(Mentions.of(other, readings));
        List<NameGroup> groups = List.of(richmond, county);
        richmond.scoreBy(null, new CoLocation(groups, groups));
        return richmond.best();
    }

    @Test
    void a_town_inside_a_county_the_text_names_wins_over_a_more_prominent_namesake() {
        assertThat(richmondBeside("Madison County", MADISON_COUNTY_ALABAMA, MADISON_COUNTY_KENTUCKY))
                .isEqualTo(RICHMOND_KENTUCKY);
    }

    @Test
    void without_a_county_that_contains_it_the_prominent_namesake_wins() {
        assertThat(richmondBeside("Madison County", MADISON_COUNTY_ALABAMA)).isEqualTo(RICHMOND_VIRGINIA);
    }

    @Test
    void a_bare_name_of_one_word_is_no_county_spelled_out() {
        GazetteerEntry bare = Place.county("Madison", "US", "KY", "151").at(37.72, -84.28).population(92_000).entry();
        assertThat(richmondBeside("Madison", bare, MADISON_COUNTY_ALABAMA)).isEqualTo(RICHMOND_VIRGINIA);
    }
}
