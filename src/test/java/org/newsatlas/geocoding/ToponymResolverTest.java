package org.newsatlas.geocoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsatlas.extraction.AnalyzedSentence;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.InMemoryGazetteer;

/** The resolver's own decisions: doubtful names, stray villages, candidate limits, one sense per name. */
class ToponymResolverTest {

    /** Recognition evidence just short of the threshold. */
    private static final double DOUBTFUL = 0.5;
    private static final GazetteerEntry COLUMBUS_OHIO = Place.town("Columbus").in("US", "OH")
            .at(39.96, -83.00).population(900_000).entry();
    private static final GazetteerEntry COLUMBUS_NEBRASKA = Place.town("Columbus").in("US", "NE")
            .at(41.43, -97.37).population(23_000).entry();
    private static final GazetteerEntry NORFOLK_NEBRASKA = Place.town("Norfolk").in("US", "NE")
            .at(42.03, -97.42).population(24_000).entry();
    private static final GazetteerEntry NORFOLK_VIRGINIA = Place.town("Norfolk").in("US", "VA")
            .at(36.85, -76.29).population(240_000).entry();
    private static final GazetteerEntry TEXAS = Place.state("Texas", "US", "TX").at(31.25, -99.25).entry();
    private static final GazetteerEntry PARIS_FRANCE = Place.of("Paris", "P", "PPLC").in("FR", "11")
            .at(48.85, 2.35).population(2_100_000).entry();
    private static final GazetteerEntry PARIS_TEXAS = Place.town("Paris").in("US", "TX")
            .at(33.66, -95.56).population(25_000).entry();

    private static final GazetteerEntry DUBLIN_IRELAND = Place.of("Dublin", "P", "PPLC").in("IE", "L")
            .at(53.33, -6.25).population(1_000_000).entry();
    private static final GazetteerEntry DUBLIN_OHIO = Place.town("Dublin").in("US", "OH")
            .at(40.1, -83.11).population(45_000).entry();

    private final List<AnalyzedSentence> sentences = new ArrayList<>();
    private final List<PlaceMention> recognised = new ArrayList<>();
    private final List<PlaceMention> doubtful = new ArrayList<>();

    private void recognised(List<GazetteerEntry> readings, String... tokens) {
        add(recognised, Mentions.RECOGNISED, readings, tokens);
    }

    private void doubtful(List<GazetteerEntry> readings, String... tokens) {
        add(doubtful, DOUBTFUL, readings, tokens);
    }

    /** Adds a sentence of these tokens whose first token is a name with these readings. */
    private void add(List<PlaceMention> mentions, double recognition, List<GazetteerEntry> readings,
            String... tokens) {
        List<AnalyzedSentence.Token> list = new ArrayList<>();
        int offset = sentences.size() * 1000;
        for (String token : tokens) {
            list.add(new AnalyzedSentence.Token(token, offset, offset + token.length(), null));
            offset += token.length() + 1;
        }
        sentences.add(new AnalyzedSentence(list.get(0).start(), offset, list));
        mentions.add(Mentions.at(sentences.size() - 1, 0, 1, tokens[0], recognition, readings));
    }

    private Map<String, GazetteerEntry> resolve(GazetteerEntry... gazetteerEntries) {
        var builder = InMemoryGazetteer.builder();
        List.of(gazetteerEntries).forEach(builder::add);
        Gazetteer gazetteer = builder.build();
        return new ToponymResolver(gazetteer).resolve(sentences, recognised, doubtful).stream()
                .collect(Collectors.toMap(place -> place.mention().name(), ResolvedPlace::place, (a, b) -> a));
    }

    @Test
    void a_doubtful_name_joins_when_a_reading_lies_near_another_names_only_reading() {
        recognised(List.of(NORFOLK_NEBRASKA), "Norfolk", "police", "said");
        doubtful(List.of(COLUMBUS_OHIO, COLUMBUS_NEBRASKA), "Columbus", "agreed");
        assertThat(resolve()).containsEntry("Columbus", COLUMBUS_NEBRASKA);
    }

    @Test
    void a_doubtful_name_with_nothing_near_it_is_left_out() {
        recognised(List.of(PARIS_FRANCE), "Paris", "police", "said");
        doubtful(List.of(COLUMBUS_OHIO, COLUMBUS_NEBRASKA), "Columbus", "agreed");
        assertThat(resolve()).containsOnlyKeys("Paris");
    }

    @Test
    void a_name_with_two_readings_cannot_vouch_alone_for_a_doubtful_one() {
        recognised(List.of(NORFOLK_VIRGINIA, NORFOLK_NEBRASKA), "Norfolk", "police", "said");
        doubtful(List.of(COLUMBUS_NEBRASKA), "Columbus", "agreed");
        assertThat(resolve()).containsOnlyKeys("Norfolk");
    }

    @Test
    void a_doubtful_mention_of_a_recognised_name_shares_its_sense() {
        recognised(List.of(COLUMBUS_OHIO, COLUMBUS_NEBRASKA), "Columbus", "police", "said");
        doubtful(List.of(COLUMBUS_OHIO, COLUMBUS_NEBRASKA), "Columbus", "agreed");
        ToponymResolver resolver = new ToponymResolver(InMemoryGazetteer.builder().build());
        assertThat(resolver.resolve(sentences, recognised, doubtful)).hasSize(2)
                .allSatisfy(place -> assertThat(place.place()).isEqualTo(COLUMBUS_OHIO));
    }

    @Test
    void a_qualifier_on_one_mention_decides_for_every_mention_of_the_name() {
        recognised(List.of(PARIS_FRANCE, PARIS_TEXAS), "Paris", ",", "Texas", "voted");
        recognised(List.of(PARIS_FRANCE, PARIS_TEXAS), "Paris", "celebrated");
        ToponymResolver resolver = new ToponymResolver(InMemoryGazetteer.builder().add(TEXAS).build());
        assertThat(resolver.resolve(sentences, recognised, doubtful))
                .extracting(ResolvedPlace::place).containsExactly(PARIS_TEXAS, PARIS_TEXAS);
    }

    @Test
    void a_name_without_a_qualifier_keeps_its_prominent_reading() {
        recognised(List.of(PARIS_FRANCE, PARIS_TEXAS), "Paris", ",", "Texans", "said");
        assertThat(resolve(TEXAS)).containsEntry("Paris", PARIS_FRANCE);
    }

    @Test
    void a_weakly_recognised_village_foreign_to_the_story_is_dropped() {
        storyAboutGazaWithHamasRecognisedAt(Math.nextDown(ResolutionWeights.CONFIDENT_RECOGNITION));
        assertThat(resolve()).containsOnlyKeys("Gaza", "Israel");
    }

    @Test
    void a_confidently_recognised_village_stays_in_the_story() {
        storyAboutGazaWithHamasRecognisedAt(ResolutionWeights.CONFIDENT_RECOGNITION);
        assertThat(resolve()).containsOnlyKeys("Gaza", "Israel", "Hamas");
    }

    private void storyAboutGazaWithHamasRecognisedAt(double recognition) {
        recognised(List.of(Place.town("Gaza").in("PS", "00").at(31.50, 34.47).population(410_000).entry()),
                "Gaza", "was", "shelled");
        recognised(List.of(Place.country("Israel", "IL").entry()), "Israel", "said");
        GazetteerEntry germanHamlet = Place.town("Hamas").in("DE", "02").at(48.0, 11.0).population(300).entry();
        add(recognised, recognition, List.of(germanHamlet), "Hamas", "said");
    }

    @Test
    void once_stray_villages_are_dropped_the_story_is_read_again_without_their_countries() {
        storyAboutDublinOhioWithTwoAlpineVillagesRecognisedAt(Math.nextDown(ResolutionWeights.CONFIDENT_RECOGNITION));
        assertThat(resolve()).containsOnlyKeys("Dublin", "Ohio").containsEntry("Dublin", DUBLIN_OHIO);
    }

    @Test
    void villages_that_stay_in_the_story_keep_their_countries_weight_against_the_state() {
        storyAboutDublinOhioWithTwoAlpineVillagesRecognisedAt(ResolutionWeights.CONFIDENT_RECOGNITION);
        assertThat(resolve()).containsKeys("Ohne", "Oy").containsEntry("Dublin", DUBLIN_IRELAND);
    }

    private void storyAboutDublinOhioWithTwoAlpineVillagesRecognisedAt(double recognition) {
        recognised(List.of(DUBLIN_IRELAND, DUBLIN_OHIO), "Dublin", "voted");
        recognised(List.of(Place.state("Ohio", "US", "OH").at(40.29, -82.79).entry()), "Ohio", "agreed");
        add(recognised, recognition, List.of(Place.town("Ohne").in("DE", "06").at(52.28, 7.28).population(300).entry()),
                "Ohne", "said");
        add(recognised, recognition, List.of(Place.town("Oy").in("AT", "07").at(47.3, 11.4).population(400).entry()),
                "Oy", "said");
    }

    @Test
    void a_chain_of_names_is_followed_until_no_choice_moves() {
        GazetteerEntry wakeNearby = chainOfFourNamesEndingWithWakeAt(-94.75);
        assertThat(resolve()).as("Yale moves first, then Xenia, then Wake").containsEntry("Wake", wakeNearby);
    }

    @Test
    void the_last_name_of_a_chain_too_far_from_the_others_keeps_its_prominent_reading() {
        GazetteerEntry wakeFurther = chainOfFourNamesEndingWithWakeAt(-93.75);
        assertThat(resolve()).doesNotContainEntry("Wake", wakeFurther).containsKey("Wake");
    }

    /**
     * Zenda has one reading; Yale, Xenia and Wake each have a town of 100,000 far from everything and
     * one of 1,000 on a line east of Zenda, each 149 km from the one before it (a regional bonus
     * outweighs their 0.7 of prominence, a distant one does not). Returns Wake's small reading.
     */
    private GazetteerEntry chainOfFourNamesEndingWithWakeAt(double wakeLongitude) {
        recognised(List.of(Place.town("Zenda").in("US", "Z").at(40, -100).population(1_000).entry()),
                "Zenda", "voted");
        chainLink("Yale", -98.25, 30, -80);
        chainLink("Xenia", -96.5, 48, -120);
        return chainLink("Wake", wakeLongitude, 25, -110);
    }

    private GazetteerEntry chainLink(String name, double longitude, double farLatitude, double farLongitude) {
        GazetteerEntry small = Place.town(name).in("US", name + "1").at(40, longitude).population(1_000).entry();
        GazetteerEntry far = Place.town(name).in("US", name + "2").at(farLatitude, farLongitude).population(100_000)
                .entry();
        recognised(List.of(far, small), name, "voted");
        return small;
    }

    @Test
    void only_the_most_prominent_candidates_are_weighed() {
        GazetteerEntry zedland = Place.state("Zedland", "US", "ZZ").entry();
        List<GazetteerEntry> springfields = new ArrayList<>();
        GazetteerEntry smallest = Place.town("Springfield").in("US", "ZZ").population(1_000).entry();
        springfields.add(smallest);
        for (int i = 1; i < ResolutionWeights.MAX_CANDIDATES; i++) {
            springfields.add(Place.town("Springfield").in("US", "S" + i).population(1_000 + i).entry());
        }
        recognised(springfields, "Springfield", ",", "Zedland", "voted");
        assertThat(resolve(zedland)).as("%d candidates", springfields.size()).containsEntry("Springfield", smallest);

        springfields.add(Place.town("Springfield").in("US", "S0").population(2_000).entry());
        sentences.clear();
        recognised.clear();
        recognised(springfields, "Springfield", ",", "Zedland", "voted");
        assertThat(resolve(zedland)).as("%d candidates", springfields.size())
                .doesNotContainEntry("Springfield", smallest).containsKey("Springfield");
    }
}
