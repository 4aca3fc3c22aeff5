package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.html.Span;
import org.newsatlas.dashboard.Totals;

/** The three numbers for the current filter: articles, mentions, places. */
class TotalsLine extends Span {

    TotalsLine() {
        addClassName("totals");
        getElement().setAttribute("role", "status");
    }

    /** With {@code changedReadings}: how many automatic readings reviewers changed, in all articles (said when any). */
    void show(Totals totals, long changedReadings) {
        setText(PlaceWords.count(totals.articles(), "article") + " · "
                + PlaceWords.count(totals.mentions(), "mention") + " · "
                + PlaceWords.count(totals.places(), "place")
                + (changedReadings == 0 ? "" : " · " + PlaceWords.count(changedReadings, "reading")
                        + " changed by reviewers"));
    }
}
