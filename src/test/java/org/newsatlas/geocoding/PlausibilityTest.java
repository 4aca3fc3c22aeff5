package org.newsatlas.geocoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;

/** Second thoughts on a weakly recognised village in a country the rest of the document is not in. */
class PlausibilityTest {

    private static final double WEAK = ResolutionWeights.CONFIDENT_RECOGNITION - 1;
    private static final GazetteerEntry GAZA = Place.town("Gaza").in("PS", "00").at(31.50, 34.47)
            .population(410_000).entry();
    private static final GazetteerEntry ISRAEL = Place.country("Israel", "IL").entry();
    private static final GazetteerEntry GERMAN_HAMLET = Place.town("Hamas").in("DE", "02").at(48.0, 11.0)
            .population(300).entry();

    /** Whether the name is stray among a story about Gaza and Israel, plus any other chosen places. */
    private static boolean strayInGazaStory(NameGroup group, GazetteerEntry... others) {
        DocumentFocus focus = new DocumentFocus();
        focus.add(group.index(), group.best(), group.mentions().size());
        focus.add(1, GAZA, 1);
        focus.add(2, ISRAEL, 1);
        for (int i = 0; i < others.length; i++) {
            focus.add(3 + i, others[i], 1);
        }
        return Plausibility.isStray(group, focus, 3 + others.length);
    }

    private static NameGroup named(String name, double recognition, GazetteerEntry place) {
        return Mentions.group(0, Mentions.scored(name, recognition, place));
    }

    @Test
    void a_weakly_recognised_village_in_a_country_foreign_to_the_document_is_stray() {
        assertThat(strayInGazaStory(named("Hamas", WEAK, GERMAN_HAMLET))).isTrue();
    }

    @Test
    void a_confidently_recognised_village_is_never_stray() {
        double confident = ResolutionWeights.CONFIDENT_RECOGNITION;
        assertThat(strayInGazaStory(named("Hamas", confident, GERMAN_HAMLET))).isFalse();
        assertThat(strayInGazaStory(named("Hamas", Math.nextDown(confident), GERMAN_HAMLET))).isTrue();
    }

    @Test
    void one_confident_mention_vouches_for_the_others() {
        NameGroup group = Mentions.group(0, Mentions.scored("Hamas", WEAK, GERMAN_HAMLET),
                Mentions.scored("Hamas", ResolutionWeights.CONFIDENT_RECOGNITION, GERMAN_HAMLET));
        assertThat(strayInGazaStory(group)).isFalse();
    }

    @Test
    void a_village_in_a_country_the_document_is_about_is_not_stray() {
        GazetteerEntry munich = Place.town("Munich").in("DE", "02").population(1_500_000).entry();
        assertThat(strayInGazaStory(named("Hamas", WEAK, GERMAN_HAMLET), munich)).isFalse();
    }

    @Test
    void a_document_of_two_names_is_too_short_to_make_a_village_stray() {
        NameGroup hamlet = named("Hamas", WEAK, GERMAN_HAMLET);
        DocumentFocus focus = new DocumentFocus();
        focus.add(0, GERMAN_HAMLET, 1);
        focus.add(1, GAZA, 1);
        assertThat(Plausibility.isStray(hamlet, focus, ResolutionWeights.CONTEXT_GROUPS - 1)).isFalse();
        assertThat(Plausibility.isStray(hamlet, focus, ResolutionWeights.CONTEXT_GROUPS)).isTrue();
    }

    @Test
    void a_town_called_by_its_own_name_is_stray_only_while_it_is_small() {
        GazetteerEntry town = Place.town("Hamas").in("DE", "02").population(ResolutionWeights.SMALL_PLACE).entry();
        GazetteerEntry smaller = Place.town("Hamas").in("DE", "02").population(ResolutionWeights.SMALL_PLACE - 1)
                .entry();
        assertThat(strayInGazaStory(named("Hamas", WEAK, town))).isFalse();
        assertThat(strayInGazaStory(named("Hamas", WEAK, smaller))).isTrue();
    }

    @Test
    void a_town_reached_through_an_alternate_name_is_stray_whatever_its_size() {
        GazetteerEntry hamm = Place.town("Hamm").alsoCalled("Hamas").in("DE", "07").population(180_000).entry();
        assertThat(strayInGazaStory(named("Hamas", WEAK, hamm))).isTrue();
        assertThat(strayInGazaStory(named("Hamm", WEAK, hamm))).as("by its own name").isFalse();
    }

    @Test
    void a_qualified_village_is_not_stray() {
        NameGroup hamlet = named("Hamas", WEAK, GERMAN_HAMLET);
        hamlet.addQualifiers(List.of(Place.country("Germany", "DE").entry()));
        assertThat(strayInGazaStory(hamlet)).isFalse();
    }

    @Test
    void only_populated_places_can_be_stray() {
        GazetteerEntry mountain = Place.of("Hamas", "T", "MT").in("DE", "02").entry();
        assertThat(strayInGazaStory(named("Hamas", WEAK, mountain))).isFalse();
    }
}
