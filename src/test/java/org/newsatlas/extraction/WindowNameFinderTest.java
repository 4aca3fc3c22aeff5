package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WindowNameFinderTest {

    private static TokenNameFinderModel model;

    @BeforeAll
    static void loadModel() {
        model = NlpModels.loadFromClasspath().locations();
    }

    /** One document's windows in turn: later ones read the labels earlier ones gave (Washington). */
    private static final List<String> DOCUMENT = List.of(
            "the envoys flew from Tunis to Cairo on Monday",
            "Police in Washington said the Jordan Henderson case was closed",
            "Sheriff Beauregard “ Bud ” Torres of Rapides Parish , Louisiana , said",
            "Washington is here",
            "Later Esper met Virginia Smith near Dublin Road",
            "he said it was over");

    @Test
    void it_finds_the_spans_the_opennlp_name_finder_finds_window_after_window() {
        WindowNameFinder windowFinder = new WindowNameFinder(model);
        NameFinderME finder = new NameFinderME(model);
        int found = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (String text : DOCUMENT) {
                String[] window = text.split(" ");
                Span[] expected = finder.find(window);
                assertThat(windowFinder.find(window)).as(text).containsExactly(expected);
                found += expected.length;
            }
            windowFinder.clearAdaptiveData();
            finder.clearAdaptiveData();
        }
        assertThat(found).isPositive();
    }

    @Test
    void it_finds_a_place_in_one_window_and_nothing_in_another() {
        WindowNameFinder windowFinder = new WindowNameFinder(model);
        assertThat(windowFinder.find("the envoys flew from Tunis to Cairo on Monday".split(" ")))
                .extracting(Span::getStart).contains(4);
        assertThat(windowFinder.find("he said it was over".split(" "))).isEmpty();
    }

    @Test
    void what_it_found_earlier_in_the_document_changes_what_it_finds_until_it_forgets() {
        // a new array each time: OpenNLP keeps a window's features while it is given the same array
        String later = "Washington is here";
        assertThat(new WindowNameFinder(model).find(later.split(" "))).isEmpty();
        WindowNameFinder reading = new WindowNameFinder(model);
        reading.find("the envoys flew from Washington to Cairo on Monday".split(" "));
        assertThat(reading.find(later.split(" "))).containsExactly(new Span(0, 1, "location"));
        reading.clearAdaptiveData();
        assertThat(reading.find(later.split(" "))).isEmpty();
    }
}
