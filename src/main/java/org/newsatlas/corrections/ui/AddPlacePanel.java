package org.newsatlas.corrections.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.newsatlas.corrections.AddedMentions;
import org.newsatlas.corrections.CorrectionRefused;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geoparser.Geoparser;

/**
 * Adds a stretch of an article's text as a place the geoparser missed: a type-ahead over the whole
 * gazetteer, started with the selected words, lists the places as buttons (kind, first-order
 * division, country, population); choosing one stores an "added" mention. All text is set as text.
 */
class AddPlacePanel extends Div {

    /** How many gazetteer entries the list shows: a screenful on a phone. */
    static final int RESULTS = 8;

    /** What to add: text[start, end) of an article, which reads {@code name}. */
    record Target(long articleId, int start, int end, String name) {
    }

    private final Target target;
    private final AddedMentions added;
    private final Geoparser geoparser;
    private final Runnable onAdded;
    private final Div results = new Div();
    private final Paragraph status = new Paragraph();

    AddPlacePanel(Target target, AddedMentions added, Geoparser geoparser, boolean mayWrite, Runnable onAdded) {
        this.target = target;
        this.added = added;
        this.geoparser = geoparser;
        this.onAdded = onAdded;
        addClassName("add-place-panel");
        add(new H2("“" + target.name() + "”"));
        if (!mayWrite) {
            add(new Paragraph("Only editors can add places."));
            return;
        }
        TextField search = new TextField("Which place is it? Search the gazetteer");
        search.addClassName("add-place-search");
        search.setWidthFull();
        search.setValue(target.name());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(250);
        search.addValueChangeListener(e -> list(e.getValue()));
        results.addClassName("add-place-results");
        status.addClassName("add-place-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(search, results, status);
        list(target.name());
        search.focus();
    }

    private void list(String query) {
        results.removeAll();
        List<GazetteerEntry> found = query.isBlank() ? List.of() : geoparser.searchPlaces(query.strip(), RESULTS);
        if (found.isEmpty()) {
            results.add(new Paragraph("No place in the gazetteer starts with “" + query.strip() + "”."));
            return;
        }
        for (GazetteerEntry entry : found) {
            Button choose = new Button(label(entry), click -> choose(entry));
            choose.addClassName("add-place-choice");
            choose.getElement().setAttribute("data-geonameid", String.valueOf(entry.geonameId()));
            results.add(choose);
        }
    }

    private void choose(GazetteerEntry entry) {
        try {
            added.add(target.articleId(), target.start(), target.end(), entry.geonameId())
                    .ifPresentOrElse(done -> onAdded.run(), () -> status.setText("This article no longer exists."));
        } catch (CorrectionRefused refused) {
            status.setText(refused.getMessage());
        }
    }

    private String label(GazetteerEntry e) {
        String admin1 = geoparser.firstOrderDivisionOf(e).map(GazetteerEntry::name).orElse(null);
        return e.name() + " — " + MentionPanel.describe(e.featureClass(), e.featureCode(), admin1, e.countryCode(),
                e.population());
    }
}
