package org.newsatlas.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.base.ui.Highlighted.Range;
import org.newsatlas.base.ui.Highlighted.Run;

class HighlightedTest {

    private static final String TEXT = "Protests in Tripoli and protesters in Sirte.";

    private static String describe(List<Component> parts) {
        StringBuilder shown = new StringBuilder();
        for (Component part : parts) {
            if (part instanceof Text text) {
                shown.append(text.getText());
            } else if (part instanceof Mark mark) {
                shown.append('[').append(String.join("+", mark.getClassNames().stream().sorted().toList()))
                        .append(':').append(mark.getText()).append(']');
            }
        }
        return shown.toString();
    }

    @Test
    void names_and_search_hits_are_marked_apart() {
        List<Range> names = List.of(new Range(12, 19), new Range(38, 43));
        List<Range> hits = List.of(new Range(0, 8), new Range(24, 34));

        assertThat(describe(Highlighted.components(TEXT, names, hits))).isEqualTo(
                "[search-hit:Protests] in [place-name:Tripoli] and [search-hit:protesters] in [place-name:Sirte].");
    }

    @Test
    void a_hit_on_part_of_a_name_marks_the_whole_name_once() {
        List<Range> names = List.of(new Range(12, 19));
        List<Range> hits = List.of(new Range(12, 16));

        assertThat(describe(Highlighted.components(TEXT.substring(0, 20), names, hits)))
                .isEqualTo("Protests in [place-name+search-hit:Tripoli] ");
    }

    @Test
    void runs_cut_a_stretch_where_hits_begin_and_end_and_keep_what_lies_outside_it_out() {
        assertThat(Highlighted.runs(5, 30, List.of(new Range(0, 8), new Range(24, 34))))
                .containsExactly(new Run(5, 8, true), new Run(8, 24, false), new Run(24, 30, true));
        assertThat(Highlighted.runs(10, 20, List.of(new Range(0, 8)))).containsExactly(new Run(10, 20, false));
    }
}
