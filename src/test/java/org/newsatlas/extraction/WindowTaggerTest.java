package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WindowTaggerTest {

    private static POSModel model;

    @BeforeAll
    static void loadModel() {
        model = NlpModels.loadFromClasspath().partsOfSpeech();
    }

    private static final List<String> WINDOWS = List.of(
            "the envoys flew from Tunis to Cairo on Monday",
            "Police in Washington said the Jordan Henderson case was closed",
            "Sheriff Beauregard “ Bud ” Torres of Rapides Parish , Louisiana , said",
            "Arab countries met in Paris , Texas last week",
            "Later Esper met Virginia Smith near Dublin Road");

    @Test
    void the_first_tokens_of_a_window_get_the_tags_the_whole_window_gives_them() {
        WindowTagger windowTagger = new WindowTagger(model);
        POSTaggerME tagger = new POSTaggerME(model);
        for (String text : WINDOWS) {
            String[] window = text.split(" ");
            String[] whole = tagger.tag(window);
            for (int count = 1; count <= window.length; count++) {
                assertThat(windowTagger.tagFirst(window, count)).as(text + " / " + count)
                        .containsExactly(Arrays.copyOf(whole, count));
            }
        }
    }

    @Test
    void the_tokens_after_them_are_read_as_context_since_tagging_the_first_tokens_alone_can_differ() {
        POSTaggerME tagger = new POSTaggerME(model);
        WindowTagger windowTagger = new WindowTagger(model);
        int differing = 0;
        for (String text : WINDOWS) {
            String[] window = text.split(" ");
            for (int count = 1; count < window.length; count++) {
                String[] alone = tagger.tag(Arrays.copyOf(window, count));
                if (!Arrays.equals(alone, windowTagger.tagFirst(window, count))) {
                    differing++;
                }
            }
        }
        assertThat(differing).isPositive();
    }
}
