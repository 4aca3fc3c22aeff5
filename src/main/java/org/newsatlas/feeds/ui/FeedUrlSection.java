package org.newsatlas.feeds.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.newsatlas.base.ui.AddDialogSection;
import org.newsatlas.feeds.FeedReport;
import org.newsatlas.feeds.FeedService;

/**
 * "Feed URL" in the add dialog: fetches that RSS or Atom feed once, now, and says how many of its items
 * were added, were already stored, or could not be taken in (with the first reason).
 */
@org.springframework.stereotype.Component
class FeedUrlSection implements AddDialogSection {

    private final FeedService feeds;

    FeedUrlSection(FeedService feeds) {
        this.feeds = feeds;
    }

    @Override
    public Component create(Runnable onAdded) {
        TextField url = new TextField("Feed URL");
        url.setPlaceholder("https://example.org/news/rss.xml");
        url.setWidthFull();
        url.addClassName("feed-url");
        Paragraph outcome = new Paragraph();
        outcome.addClassName("feed-outcome");
        Button fetch = new Button("Fetch feed now");
        fetch.addClassName("feed-fetch");
        fetch.setDisableOnClick(true);
        fetch.addClickListener(click -> {
            try {
                if (url.getValue().isBlank()) {
                    outcome.setText("Give the address of an RSS or Atom feed.");
                    return;
                }
                FeedReport report = feeds.pollOnce(url.getValue());
                outcome.setText(describe(report));
                if (report.added() > 0) {
                    onAdded.run();
                }
            } finally {
                fetch.setEnabled(true);
            }
        });
        HorizontalLayout row = new HorizontalLayout(url, fetch);
        row.setWidthFull();
        row.addClassName("feed-row");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(row, outcome);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    /** Said in words, as text: titles and reasons come from the feed and are never markup. */
    static String describe(FeedReport report) {
        if (report.error() != null) {
            return "The feed could not be read: " + report.error();
        }
        String counts = "%s: %d item%s, %d added, %d already stored, %d seen before, %d not taken in".formatted(
                report.title(), report.items(), report.items() == 1 ? "" : "s", report.added(), report.duplicates(),
                report.skipped(), report.rejected());
        return report.problems().isEmpty() ? counts + "."
                : counts + " (first: " + report.problems().get(0).item() + ": " + report.problems().get(0).reason() + ").";
    }
}
