package org.newsatlas.geocoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsatlas.extraction.AnalyzedSentence;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.GazetteerEntry;

/** The kind of place the words beside a name say it is: "the state of Washington", "Warren counties". */
class KindWordsTest {

    private static final GazetteerEntry WASHINGTON_DC = Place.of("Washington", "P", "PPLC").in("US", "DC")
            .at(38.9, -77.04).population(689_000).entry();
    private static final GazetteerEntry WASHINGTON_STATE = Place.state("Washington", "US", "WA").at(47.5, -120.5)
            .population(6_400_000).entry();
    private static final GazetteerEntry SAO_PAULO_STATE = Place.state("São Paulo", "BR", "27").at(-22.47, -48.69)
            .population(39_900_000).entry();
    private static final GazetteerEntry SAO_PAULO_CITY = Place.of("São Paulo", "P", "PPLA").in("BR", "27")
            .at(-23.55, -46.64).population(12_400_000).entry();

    /** The kinds in the sentence of these tokens; every capitalised token is a mention with these candidates. */
    private static Map<PlaceMention, KindWords.Kind> kindsIn(List<GazetteerEntry> candidates, String... tokens) {
        List<AnalyzedSentence.Token> list = new ArrayList<>();
        List<PlaceMention> mentions = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < tokens.length; i++) {
            list.add(new AnalyzedSentence.Token(tokens[i], offset, offset + tokens[i].length(), null));
            offset += tokens[i].length() + 1;
            if (Character.isUpperCase(tokens[i].charAt(0))) {
                mentions.add(Mentions.at(0, i, i + 1, tokens[i], Mentions.RECOGNISED, candidates));
            }
        }
        List<AnalyzedSentence> sentences = List.of(new AnalyzedSentence(0, offset, list));
        return KindWords.of(sentences, mentions, ListedNames.of(sentences, mentions));
    }

    /** The reading of one name whose mention has the kind the tokens give it. */
    private static GazetteerEntry readingIn(List<GazetteerEntry> candidates, String... tokens) {
        NameGroup group = new NameGroup(0, candidates);
        kindsIn(candidates, tokens).forEach((mention, kind) -> group.addKind(kind));
        group.mentions().add(Mentions.of(candidates.get(0).name(), candidates.toArray(GazetteerEntry[]::new)));
        group.scoreBy(null, new CoLocation(List.of(group), List.of(group)));
        return group.best();
    }

    @Test
    void the_state_of_a_name_is_read_as_the_state() {
        assertThat(readingIn(List.of(WASHINGTON_DC, WASHINGTON_STATE), "in", "the", "state", "of", "Washington"))
                .isEqualTo(WASHINGTON_STATE);
    }

    @Test
    void the_same_name_without_a_kind_word_keeps_its_prominent_reading() {
        assertThat(readingIn(List.of(WASHINGTON_DC, WASHINGTON_STATE), "in", "Washington", "on", "Monday"))
                .isEqualTo(WASHINGTON_DC);
    }

    @Test
    void a_name_followed_by_state_is_read_as_the_state() {
        assertThat(readingIn(List.of(WASHINGTON_DC, WASHINGTON_STATE), "in", "Washington", "state"))
                .isEqualTo(WASHINGTON_STATE);
    }

    @Test
    void the_city_of_a_name_is_read_as_the_city_not_its_state() {
        assertThat(readingIn(List.of(SAO_PAULO_STATE, SAO_PAULO_CITY), "the", "city", "of", "São Paulo"))
                .isEqualTo(SAO_PAULO_CITY);
        assertThat(readingIn(List.of(SAO_PAULO_STATE, SAO_PAULO_CITY), "in", "São Paulo")).isEqualTo(SAO_PAULO_STATE);
    }

    @Test
    void a_plural_kind_after_a_list_gives_every_member_that_kind() {
        Map<PlaceMention, KindWords.Kind> kinds = kindsIn(List.of(WASHINGTON_DC), "in", "Butler", ",", "Clark", "or",
                "Warren", "counties");
        assertThat(kinds).hasSize(3).containsValue(KindWords.Kind.SECOND_ORDER_DIVISION);
        assertThat(kinds.values()).containsOnly(KindWords.Kind.SECOND_ORDER_DIVISION);
    }

    @Test
    void a_list_without_a_kind_word_gives_its_members_no_kind() {
        assertThat(kindsIn(List.of(WASHINGTON_DC), "in", "Butler", ",", "Clark", "or", "Warren", "today")).isEmpty();
        assertThat(kindsIn(List.of(WASHINGTON_DC), "in", "Butler", "and", "in", "Warren", "counties")).hasSize(1);
    }
}
