package org.newsatlas.geocoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsatlas.extraction.AnalyzedSentence;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.GazetteerEntry;

/** A state listed beside other states of its country is read as a state. */
class ListedNamesTest {

    private static final GazetteerEntry WASHINGTON_DC = Place.of("Washington", "P", "PPLC").in("US", "DC")
            .at(38.9, -77.04).population(689_000).entry();
    private static final GazetteerEntry WASHINGTON_STATE = Place.state("Washington", "US", "WA").at(47.5, -120.5)
            .population(6_400_000).entry();
    private static final GazetteerEntry UTAH = Place.state("Utah", "US", "UT").at(39.25, -111.75)
            .population(3_000_000).entry();
    private static final GazetteerEntry PARIS = Place.of("Paris", "P", "PPLC").in("FR", "11").at(48.85, 2.35)
            .population(2_100_000).entry();

    private static GazetteerEntry washingtonListedWith(PlaceMention neighbour) {
        NameGroup washington = new NameGroup(0, List.of(WASHINGTON_DC, WASHINGTON_STATE));
        washington.mentions().add(Mentions.of("Washington", WASHINGTON_DC, WASHINGTON_STATE));
        washington.addListedWith(List.of(neighbour));
        washington.scoreBy(null, new CoLocation(List.of(washington), List.of(washington)));
        return washington.best();
    }

    private static Map<PlaceMention, List<PlaceMention>> listedIn(String... tokens) {
        List<AnalyzedSentence.Token> list = new ArrayList<>();
        int offset = 0;
        List<PlaceMention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            list.add(new AnalyzedSentence.Token(tokens[i], offset, offset + tokens[i].length(), null));
            offset += tokens[i].length() + 1;
            if (Character.isUpperCase(tokens[i].charAt(0))) {
                mentions.add(Mentions.at(0, i, i + 1, tokens[i], Mentions.RECOGNISED, List.of(UTAH)));
            }
        }
        return ListedNames.of(List.of(new AnalyzedSentence(0, offset, list)), mentions);
    }

    @Test
    void a_state_name_listed_beside_a_state_is_read_as_the_state() {
        assertThat(washingtonListedWith(Mentions.of("Utah", UTAH))).isEqualTo(WASHINGTON_STATE);
    }

    @Test
    void a_state_name_listed_beside_a_town_keeps_its_prominent_reading() {
        assertThat(washingtonListedWith(Mentions.of("Paris", PARIS))).isEqualTo(WASHINGTON_DC);
    }

    @Test
    void names_joined_by_commas_and_and_are_listed_together() {
        Map<PlaceMention, List<PlaceMention>> listed = listedIn("in", "Utah", ",", "Washington", ",", "and", "Ohio");
        assertThat(listed).hasSize(3);
        assertThat(listed.values()).extracting(List::size).containsExactlyInAnyOrder(1, 2, 1);
    }

    @Test
    void names_with_other_words_between_them_are_not_listed_together() {
        assertThat(listedIn("Utah", "said", "Washington", "agreed")).isEmpty();
    }
}
