package org.newsatlas.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Turns a text with highlighted ranges into Text and Mark components, in order. */
public final class Highlighted {

    /** [start, end) of a highlight within the text. */
    public record Range(int start, int end) {
    }

    private Highlighted() {
    }

    public static List<Component> components(String text, List<Range> ranges) {
        return components(text, ranges, (range, markText) -> new Mark(markText));
    }

    /** Ranges must be sorted and not overlap; marks are made by the given factory. */
    public static List<Component> components(String text, List<Range> ranges, BiFunction<Range, String, Mark> marks) {
        List<Component> parts = new ArrayList<>();
        int position = 0;
        for (Range range : ranges) {
            if (range.start() < position || range.end() > text.length() || range.start() >= range.end()) {
                continue;
            }
            if (range.start() > position) {
                parts.add(new Text(text.substring(position, range.start())));
            }
            parts.add(marks.apply(range, text.substring(range.start(), range.end())));
            position = range.end();
        }
        if (position < text.length()) {
            parts.add(new Text(text.substring(position)));
        }
        return parts;
    }
}
