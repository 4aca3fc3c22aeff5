package org.newsatlas.geoparser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsatlas.gazetteer.GeoDistance;

/** The bundled sample article (Libya talks) end to end through the real models and gazetteer. */
class SampleArticleGeoparsingTest {

    private static GeoparsedText parsed;

    @BeforeAll
    static void parseTheSample() throws IOException {
        try (InputStream in = SampleArticleGeoparsingTest.class.getResourceAsStream("/sample/libya-talks.txt")) {
            parsed = SharedGeoparser.get().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest(name = "{0} is placed in {1}")
    @CsvSource({
            "Libya, LY", "Tunisia, TN", "Egypt, EG", "Algeria, DZ", "Morocco, MA", "Turkey, TR",
            "Russia, RU", "United Arab Emirates, AE", "Sirte, LY", "Tripoli, LY", "Carthage, TN",
            "Washington, US"})
    void every_named_place_is_in_its_country(String name, String country) {
        List<ResolvedToponym> mentions = mentionsOf(name);
        assertThat(mentions).as("mentions of %s", name).isNotEmpty();
        assertThat(mentions).allSatisfy(m -> assertThat(m.place().countryCode()).isEqualTo(country));
    }

    @Test
    void tripoli_is_the_libyan_capital() {
        ResolvedToponym tripoli = mentionsOf("Tripoli").get(0);
        assertThat(GeoDistance.km(tripoli.place().latitude(), tripoli.place().longitude(), 32.89, 13.19)).isLessThan(20);
    }

    @Test
    void carthage_is_the_tunisian_town() {
        ResolvedToponym carthage = mentionsOf("Carthage").get(0);
        assertThat(GeoDistance.km(carthage.place().latitude(), carthage.place().longitude(), 36.86, 10.33)).isLessThan(20);
        assertThat(carthage.place().isPopulatedPlace()).as("the town, not its district").isTrue();
    }

    @Test
    void washington_in_a_foreign_policy_story_is_the_us_capital() {
        ResolvedToponym washington = mentionsOf("Washington").get(0);
        assertThat(washington.place().featureCode()).isEqualTo("PPLC");
        assertThat(GeoDistance.km(washington.place().latitude(), washington.place().longitude(), 38.90, -77.04))
                .isLessThan(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"North Africa", "Maghreb"})
    void regions_are_found_as_regions(String name) {
        assertThat(mentionsOf(name)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.place().featureClass()).isEqualTo("L"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Esper", "Saied", "Rumsfeld", "Haftar", "Bartagi", "Kais", "Khalifa", "Mark"})
    void people_are_not_placed_on_the_map(String person) {
        assertThat(parsed.toponyms())
                .noneMatch(t -> parsed.text().substring(t.start(), t.end()).contains(person));
    }

    @Test
    void offsets_point_at_the_names_inside_their_sentences() {
        assertThat(parsed.toponyms()).hasSizeGreaterThan(20).allSatisfy(t -> {
            assertThat(parsed.text().substring(t.start(), t.end())).isEqualTo(t.name());
            assertThat(t.sentenceStart()).isLessThanOrEqualTo(t.start());
            assertThat(t.sentenceEnd()).isGreaterThanOrEqualTo(t.end());
        });
    }

    @Test
    void confidences_are_probabilities_and_alternatives_are_ranked() {
        assertThat(parsed.toponyms()).allSatisfy(t -> {
            assertThat(t.confidence()).isBetween(0.0, 1.0);
            assertThat(t.alternatives()).isNotEmpty();
            assertThat(t.alternatives().get(0).place()).isEqualTo(t.place());
        });
    }

    private static List<ResolvedToponym> mentionsOf(String name) {
        return parsed.toponyms().stream().filter(t -> t.name().equals(name)).toList();
    }

    static Optional<ResolvedToponym> first(GeoparsedText text, String name) {
        return text.toponyms().stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
