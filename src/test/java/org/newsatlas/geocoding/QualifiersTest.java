package org.newsatlas.geocoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.extraction.AnalyzedSentence;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.InMemoryGazetteer;

/** The state or country after a name qualifies it, unless the two are members of one list of states. */
class QualifiersTest {

    private static final GazetteerEntry WASHINGTON_STATE = Place.state("Washington", "US", "WA").at(47.5, -120.5)
            .population(6_400_000).entry();
    private static final GazetteerEntry WASHINGTON_PENNSYLVANIA = Place.town("Washington").in("US", "PA")
            .at(40.17, -80.25).population(13_000).entry();
    private static final GazetteerEntry SPRINGFIELD_ILLINOIS = Place.town("Springfield").in("US", "IL")
            .at(39.8, -89.64).population(116_000).entry();
    private static final GazetteerEntry PENNSYLVANIA = Place.state("Pennsylvania", "US", "PA").at(40.9, -77.8).entry();
    private static final GazetteerEntry ILLINOIS = Place.state("Illinois", "US", "IL").at(40.0, -89.2).entry();
    private static final GazetteerEntry CALIFORNIA = Place.state("California", "US", "CA").at(37.2, -119.5).entry();
    private static final GazetteerEntry OHIO = Place.state("Ohio", "US", "OH").at(40.4, -82.5).entry();
    private static final Gazetteer GAZETTEER = InMemoryGazetteer.builder()
            .add(PENNSYLVANIA).add(ILLINOIS).add(CALIFORNIA).add(OHIO).build();

    private static List<GazetteerEntry> qualifiersOf(List<GazetteerEntry> readings, String... tokens) {
        List<AnalyzedSentence.Token> list = new ArrayList<>();
        int offset = 0;
        for (String token : tokens) {
            list.add(new AnalyzedSentence.Token(token, offset, offset + token.length(), null));
            offset += token.length() + 1;
        }
        AnalyzedSentence sentence = new AnalyzedSentence(0, offset, list);
        PlaceMention mention = Mentions.at(0, 0, 1, tokens[0], Mentions.RECOGNISED, readings);
        return Qualifiers.after(GAZETTEER, sentence, mention);
    }

    @Test
    void a_state_after_a_name_qualifies_it() {
        assertThat(qualifiersOf(List.of(WASHINGTON_STATE, WASHINGTON_PENNSYLVANIA),
                "Washington", ",", "Pennsylvania", ",", "police", "said")).containsExactly(PENNSYLVANIA);
    }

    @Test
    void a_state_name_before_a_state_and_another_state_is_one_of_a_list_of_states() {
        assertThat(qualifiersOf(List.of(WASHINGTON_STATE, WASHINGTON_PENNSYLVANIA),
                "Washington", ",", "Pennsylvania", "and", "California")).isEmpty();
        assertThat(qualifiersOf(List.of(WASHINGTON_STATE, WASHINGTON_PENNSYLVANIA),
                "Washington", ",", "Pennsylvania", ",", "Ohio", "and", "California")).as("with commas").isEmpty();
    }

    @Test
    void a_town_that_is_no_state_keeps_its_qualifier_inside_a_list() {
        assertThat(qualifiersOf(List.of(SPRINGFIELD_ILLINOIS), "Springfield", ",", "Illinois", "and", "Ohio"))
                .containsExactly(ILLINOIS);
    }
}
