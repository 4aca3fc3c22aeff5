package org.newsatlas.corrections.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.newsatlas.base.ui.Navigation;

/** The parts of the review page around the current item: filter, progress, the empty queue, the key legend. */
final class ReviewParts {

    private ReviewParts() {
    }

    /** Which filter the queue is under, with ways to the same filter on the map and to the whole queue. */
    static Paragraph filterLine(QueryParameters filter) {
        Paragraph line = new Paragraph("Under the dashboard's filter " + filter.getQueryString() + " · ");
        line.addClassName("review-filter");
        line.add(new Anchor(Navigation.mapHref(filter), "See it on the map"), new Span(" · "),
                new Anchor(Navigation.REVIEW, "Review everything"));
        return line;
    }

    /** "3 of 12 reviewed this session" in words and as a progress bar that screen readers read as such. */
    static Div progress(int reviewed, int total) {
        String words = reviewed + " of " + total + " reviewed this session";
        Paragraph text = new Paragraph(words);
        text.addClassName("review-progress-text");
        Div fill = new Div();
        fill.addClassName("review-progress-fill");
        fill.getStyle().set("width", (total == 0 ? 100 : 100.0 * reviewed / total) + "%");
        Div bar = new Div(fill);
        bar.addClassName("review-progress-bar");
        bar.getElement().setAttribute("role", "progressbar");
        bar.getElement().setAttribute("aria-label", "Review progress");
        bar.getElement().setAttribute("aria-valuemin", "0");
        bar.getElement().setAttribute("aria-valuemax", String.valueOf(total));
        bar.getElement().setAttribute("aria-valuenow", String.valueOf(reviewed));
        bar.getElement().setAttribute("aria-valuetext", words);
        Div progress = new Div(text, bar);
        progress.addClassName("review-progress");
        return progress;
    }

    static Div empty(boolean filtered, boolean decidedHere) {
        H2 heading = new H2("Nothing to review");
        Paragraph why = new Paragraph((filtered ? "Under this filter, every" : "Every")
                + " place name has been decided, or its article marked reviewed."
                + (decidedHere ? " u still undoes the last decision." : ""));
        Paragraph next = new Paragraph("Add articles with “Add article” (top right), or look at them on the map; "
                + "new articles join the queue as they are read for places.");
        Div empty = new Div(heading, why, next, new Anchor(Navigation.mapHref(QueryParameters.empty()), "Go to the map"));
        if (filtered) {
            empty.add(new Span(" · "), new Anchor(Navigation.REVIEW, "Review everything"));
        }
        empty.addClassName("review-empty");
        return empty;
    }

    static Div legend(boolean mayWrite) {
        Div legend = new Div(new Span("Keys: "), key("j / ↓", "next"), key("k / ↑", "previous"));
        if (mayWrite) {
            legend.add(key("1–5", "pick that reading"), key("x", "not a place"), key("c", "confirm"),
                    key("u", "undo the last decision"), key("r", "article reviewed"));
        }
        legend.add(key("o", "open the article"));
        legend.add(new Span(mayWrite ? "A decision changes every mention of the name in its article." : ""));
        legend.addClassName("review-legend");
        return legend;
    }

    private static Span key(String keys, String what) {
        Span key = new Span(keys);
        key.addClassName("review-kbd");
        Span entry = new Span(key, new Span(" " + what));
        entry.addClassName("review-legend-entry");
        return entry;
    }
}
