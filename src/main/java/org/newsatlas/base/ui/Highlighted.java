package org.newsatlas.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Turns a text with highlighted ranges into Text and Mark components, in order. Two kinds of
 * highlight meet in one text: place names ({@value #PLACE_NAME}) and search hits
 * ({@value #SEARCH_HIT}). A name stays one mark; a hit that touches it marks the whole name.
 */
public final class Highlighted {

    public static final String PLACE_NAME = "place-name";
    public static final String SEARCH_HIT = "search-hit";

    /** [start, end) of a highlight within the text. */
    public record Range(int start, int end) {
    }

    /** A stretch of text that is a search hit, or is not. */
    public record Run(int start, int end, boolean hit) {
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

    /** Place names and search hits, each sorted; names must not overlap one another. */
    public static List<Component> components(String text, List<Range> names, List<Range> hits) {
        List<Component> parts = new ArrayList<>();
        int position = 0;
        for (Range name : names) {
            if (name.start() < position || name.end() > text.length() || name.start() >= name.end()) {
                continue;
            }
            addRuns(text, runs(position, name.start(), hits), parts);
            Mark mark = new Mark(text.substring(name.start(), name.end()));
            mark.addClassName(PLACE_NAME);
            mark.setClassName(SEARCH_HIT, overlaps(name, hits));
            parts.add(mark);
            position = name.end();
        }
        addRuns(text, runs(position, text.length(), hits), parts);
        return parts;
    }

    private static void addRuns(String text, List<Run> runs, List<Component> parts) {
        for (Run run : runs) {
            String piece = text.substring(run.start(), run.end());
            if (run.hit()) {
                Mark hit = new Mark(piece);
                hit.addClassName(SEARCH_HIT);
                parts.add(hit);
            } else {
                parts.add(new Text(piece));
            }
        }
    }

    /** [from, to) cut where sorted hits begin and end: runs that are hits and runs that are not, in order. */
    public static List<Run> runs(int from, int to, List<Range> hits) {
        List<Run> runs = new ArrayList<>();
        int position = from;
        for (Range hit : hits) {
            int start = Math.max(hit.start(), position);
            int end = Math.min(hit.end(), to);
            if (start >= end) {
                continue;
            }
            if (start > position) {
                runs.add(new Run(position, start, false));
            }
            runs.add(new Run(start, end, true));
            position = end;
        }
        if (position < to) {
            runs.add(new Run(position, to, false));
        }
        return runs;
    }

    public static boolean overlaps(Range range, List<Range> hits) {
        return hits.stream().anyMatch(hit -> hit.start() < range.end() && range.start() < hit.end());
    }
}
