package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.extraction.NeighbourWeights.MODEL_YEAR;
import static org.newsatlas.extraction.Places.country;
import static org.newsatlas.extraction.Places.town;
import static org.newsatlas.extraction.Sentences.candidate;
import static org.newsatlas.extraction.Sentences.sentence;
import static org.newsatlas.extraction.Sentences.span;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;

class ModelYearsTest {

    private static final GazetteerEntry HONDA = town("Honda", 28_000);
    private static final GazetteerEntry LONDON = town("London", 8_000_000);

    private static boolean followsModelYear(String words, String name, GazetteerEntry place) {
        AnalyzedSentence sentence = sentence(words);
        return ModelYears.followsModelYear(sentence, candidate(sentence, name, false, place));
    }

    @Test
    void a_model_year_after_a_determiner_makes_the_name_a_make() {
        assertThat(followsModelYear("was driving a 1995 Honda Accord", "Honda", HONDA)).isTrue();
        assertThat(followsModelYear("their red 1991 Honda broke/VERB down", "Honda", HONDA)).isTrue();
    }

    @Test
    void a_year_without_a_determiner_before_it_is_no_model_year() {
        assertThat(followsModelYear("lives at 1995 Honda Road", "Honda", HONDA)).isFalse();
        assertThat(followsModelYear("In 2000 Honda founded a firm", "Honda", HONDA)).isFalse();
        assertThat(followsModelYear("was driving a 195 Honda Accord", "Honda", HONDA)).isFalse();
    }

    @Test
    void an_event_named_after_its_place_or_a_major_place_keeps_the_place() {
        assertThat(followsModelYear("the 2012 London Olympics", "London", LONDON)).isFalse();
        assertThat(followsModelYear("the 2005 London bombings", "London", LONDON)).isFalse();
        assertThat(followsModelYear("drove a 2005 London Taxi", "London", LONDON)).isTrue();
        assertThat(followsModelYear("a 2004 Chad report", "Chad", country("Chad"))).isFalse();
    }

    @Test
    void a_name_a_model_year_goes_before_is_the_make_elsewhere_in_the_document_too() {
        AnalyzedSentence first = sentence("was driving a 1995 Honda Accord");
        AnalyzedSentence later = sentence("The Honda 's driver fled");
        PersonContext persons = new PersonContext(Places.COMMON_WORDS, Places.GIVEN_NAMES);
        Set<String> products = DocumentEvidence.of(persons, List.of(first), List.of(first),
                List.of(candidate(first, "Honda", false, HONDA))).products();
        assertThat(products).containsExactly("honda");
        assertThat(NeighbourEvidence.modelYear(span(later, "Honda", HONDA), products)).isEqualTo(MODEL_YEAR);
        assertThat(NeighbourEvidence.modelYear(span(later, "Honda", HONDA), Set.of())).isZero();
        AnalyzedSentence qualified = sentence("a plant in Honda , Colombia");
        assertThat(NeighbourEvidence.modelYear(span(qualified, "Honda", HONDA), products)).isZero();
    }
}
