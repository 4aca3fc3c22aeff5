package org.newsatlas.corrections.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsatlas.corrections.CorrectionRefused;
import org.newsatlas.corrections.CorrectionRequest;
import org.newsatlas.corrections.CorrectionService;
import org.newsatlas.corrections.Corrected;
import org.newsatlas.corrections.Scope;
import org.newsatlas.corrections.Undo;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geoparser.Geoparser;
import org.newsatlas.places.Alternative;
import org.newsatlas.places.Doubt;
import org.newsatlas.places.MentionEdits;
import org.newsatlas.places.MentionFacts;
import org.newsatlas.places.PlaceLabels;
import org.newsatlas.places.PlaceRecords;

/**
 * Corrects one mention: pick one of the geoparser's readings (kind, country, first-order division,
 * population), search the gazetteer, "Not a place" or "Confirm", in a chosen scope; undo the last
 * change. All text is set as text, never as markup.
 */
class MentionPanel extends Div {

    record Services(MentionEdits mentions, PlaceRecords places, CorrectionService corrections, Undo undo,
                    Geoparser geoparser, boolean mayWrite) {
    }

    private final long mentionId;
    private final Services services;
    private final Runnable onChange;
    private final Select<Scope> scope = new Select<>();
    private final TextField source = new TextField("Only for source (optional)");
    private final Paragraph status = new Paragraph();
    private Long lastCorrection;

    MentionPanel(long mentionId, Services services, Runnable onChange) {
        this.mentionId = mentionId;
        this.services = services;
        this.onChange = onChange;
        addClassName("mention-panel");
        getElement().setAttribute("role", "region");
        status.addClassName("mention-panel-status");
        status.getElement().setAttribute("aria-live", "polite");
        source.setVisible(false);
        scope.setLabel("Change");
        scope.setItems(Scope.ARTICLE, Scope.MENTION, Scope.EVERYWHERE);
        scope.setValue(Scope.ARTICLE);
        scope.addValueChangeListener(e -> source.setVisible(e.getValue() == Scope.EVERYWHERE));
        build();
    }

    /** The panel as the mention reads now (again after each change: "(current)" moves). */
    private void build() {
        removeAll();
        Optional<MentionFacts> found = services.mentions().mention(mentionId);
        if (found.isEmpty()) {
            add(new Paragraph("This mention no longer exists."));
            return;
        }
        MentionFacts mention = found.get();
        H2 heading = new H2("“" + mention.surfaceName() + "”");
        getElement().setAttribute("aria-label", "Correct " + mention.surfaceName());
        add(heading, summary(mention));
        if (!services.mayWrite()) {
            add(new Paragraph("Only editors can correct places."));
            return;
        }
        scope.setItemLabelGenerator(s -> switch (s) {
            case MENTION -> "this mention";
            case ARTICLE -> "every “" + mention.surfaceName() + "” in this article";
            case EVERYWHERE -> "every article (a rule)";
        });
        Div readings = new Div();
        readings.addClassName("mention-readings");
        List<Alternative> alternatives = services.mentions().alternatives(mentionId);
        for (int i = 0; i < alternatives.size(); i++) {
            Alternative a = alternatives.get(i);
            boolean current = mention.geonameId() != null && mention.geonameId() == a.geonameid();
            Button pick = new Button((i + 1) + ". " + label(a) + (current ? " (current)" : ""),
                    click -> apply(new CorrectionRequest(a.geonameid(), false, false, scope.getValue(), source(), true)));
            pick.addClassName("reading");
            pick.getElement().setAttribute("data-geonameid", String.valueOf(a.geonameid()));
            readings.add(pick);
        }
        ComboBox<GazetteerEntry> search = new ComboBox<>("Another place");
        search.addClassName("gazetteer-search");
        search.setItems(query -> services.geoparser().searchPlaces(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        search.setItemLabelGenerator(this::label);
        search.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                apply(new CorrectionRequest(e.getValue().geonameId(), false, false, scope.getValue(), source(), true));
            }
        });
        Button notAPlace = new Button("Not a place",
                click -> apply(new CorrectionRequest(null, true, false, scope.getValue(), source(), true)));
        notAPlace.addClassName("not-a-place");
        Button confirm = new Button("Confirm",
                click -> apply(new CorrectionRequest(null, false, true, scope.getValue(), source(), true)));
        confirm.setEnabled(mention.isPlace());
        Button undo = new Button("Undo", click -> undoLast());
        undo.addClassName("undo");
        add(readings, search, new Div(scope, source), new Div(notAPlace, confirm, undo), status);
    }

    private Paragraph summary(MentionFacts mention) {
        String reading = mention.placeId() == null ? "Not a place"
                : services.places().places(List.of(mention.placeId())).stream().findFirst()
                        .map(p -> p.name() + ", " + p.description()).orElse("a place");
        String doubt = Doubt.low(mention.confidence()) ? " · low confidence" : "";
        return new Paragraph(reading + " · confidence " + String.format(Locale.ROOT, "%.2f", mention.confidence())
                + doubt + " · " + mention.status().code().replace('_', ' '));
    }

    private String source() {
        return scope.getValue() == Scope.EVERYWHERE && !source.getValue().isBlank() ? source.getValue() : null;
    }

    private void apply(CorrectionRequest request) {
        try {
            Optional<Corrected> done = services.corrections().correct(mentionId, request);
            lastCorrection = done.map(Corrected::correctionId).orElse(null);
            int changed = done.map(c -> c.changed().size()).orElse(0);
            onChange.run();
            build();
            status.setText(changed + " mention" + (changed == 1 ? "" : "s") + " changed."
                    + (lastCorrection == null ? "" : " Undo takes it back."));
        } catch (CorrectionRefused refused) {
            status.setText(refused.getMessage());
        }
    }

    private void undoLast() {
        if (lastCorrection == null) {
            status.setText("Nothing to undo here yet.");
            return;
        }
        try {
            int changed = services.undo().undo(lastCorrection).map(c -> c.changed().size()).orElse(0);
            lastCorrection = null;
            onChange.run();
            build();
            status.setText("Undone: " + changed + " mention" + (changed == 1 ? "" : "s") + " as before.");
        } catch (Undo.AlreadyUndone e) {
            status.setText(e.getMessage());
        }
    }

    private String label(Alternative a) {
        return a.name() + " — " + describe(a.featureClass(), a.featureCode(), a.admin1(), a.country(), a.population());
    }

    private String label(GazetteerEntry e) {
        String admin1 = services.geoparser().firstOrderDivisionOf(e).map(GazetteerEntry::name).orElse(null);
        return e.name() + " — " + describe(e.featureClass(), e.featureCode(), admin1, e.countryCode(), e.population());
    }

    /** Kind, first-order division, country and population: how a reading is told apart from its namesakes. */
    static String describe(String featureClass, String featureCode, String admin1, String country,
                                   long population) {
        StringBuilder text = new StringBuilder(PlaceLabels.featureLabel(featureClass, featureCode));
        if (admin1 != null && !admin1.isBlank()) {
            text.append(", ").append(admin1);
        }
        if (country != null && !country.isBlank()) {
            text.append(", ").append(PlaceLabels.countryName(country));
        }
        if (population > 0) {
            text.append(", pop. ").append(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(population));
        }
        return text.toString();
    }
}
