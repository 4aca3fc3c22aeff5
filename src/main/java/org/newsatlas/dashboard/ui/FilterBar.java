package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.DashboardService;

/**
 * Every condition of the filter in one bar: search, dates, country, kind, source, minimum
 * confidence, the one-place filter as a removable chip, and "Clear filters". A change a person
 * makes is handed on as the new filter; the bar shows what it is given and says nothing back.
 * On a phone the fields sit behind the "Filters" button.
 */
class FilterBar extends Div {

    private final TextField search = new TextField("Search");
    private final DatePicker from = DateFields.picker("From");
    private final DatePicker to = DateFields.picker("To");
    private final FacetSelects facets = new FacetSelects();
    private final NumberField minConfidence = new NumberField("Min. confidence");
    private final Span placeChip = new Span();
    private final Button clear = new Button("Clear filters", VaadinIcon.CLOSE_SMALL.create());
    private final Button toggle = new Button("Filters", VaadinIcon.FILTER.create());
    private final Div fields = new Div();
    private final Div chips = new Div();
    private final Consumer<DashboardFilter> onChange;
    private DashboardFilter filter = DashboardFilter.NONE;

    FilterBar(Consumer<DashboardFilter> onChange) {
        this.onChange = onChange;
        addClassName("filter-bar");
        search.setPlaceholder("words, \"a phrase\", -without");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        search.addClassName("search-filter");
        from.addClassName("from-filter");
        to.addClassName("to-filter");
        minConfidence.setMin(0);
        minConfidence.setMax(1);
        minConfidence.setStep(0.05);
        minConfidence.setStepButtonsVisible(true);
        minConfidence.setPlaceholder("any");
        minConfidence.setClearButtonVisible(true);
        minConfidence.addClassName("confidence-filter");
        minConfidence.setTooltipText("Only mentions the geoparser is at least this sure of, from 0 to 1");
        placeChip.addClassName("place-chip");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClassName("clear-filters");
        toggle.addClassName("filters-toggle");
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(click -> setOpen(!fields.hasClassName("open")));
        fields.addClassName("filter-fields");
        fields.add(search, from, to, facets.countries, facets.kinds, facets.sources, facets.languages, minConfidence);
        chips.addClassName("filter-chips");
        chips.add(placeChip, clear);
        add(toggle, fields);

        search.addValueChangeListener(change -> personChanged(change, () -> Filters.withQuery(filter, search.getValue())));
        from.addValueChangeListener(change -> personChanged(change, () -> filter.withDates(from.getValue(), to.getValue())));
        to.addValueChangeListener(change -> personChanged(change, () -> filter.withDates(from.getValue(), to.getValue())));
        facets.countries.addValueChangeListener(change -> personChanged(change,
                () -> Filters.withCountries(filter, facets.countries.getValue())));
        facets.kinds.addValueChangeListener(change -> personChanged(change,
                () -> Filters.withKinds(filter, facets.kinds.getValue())));
        facets.sources.addValueChangeListener(change -> personChanged(change,
                () -> Filters.withSources(filter, facets.sources.getValue())));
        facets.languages.addValueChangeListener(change -> personChanged(change,
                () -> Filters.withLanguages(filter, facets.languages.getValue())));
        minConfidence.addValueChangeListener(change -> personChanged(change,
                () -> Filters.withMinConfidence(filter, confidence(minConfidence.getValue()))));
        clear.addClickListener(click -> onChange.accept(DashboardFilter.NONE));
    }

    private interface Edit {
        DashboardFilter apply();
    }

    private void personChanged(ComponentValueChangeEvent<?, ?> change, Edit edit) {
        if (change.isFromClient()) {
            DashboardFilter changed = edit.apply();
            if (!changed.equals(filter)) {
                onChange.accept(changed);
            }
        }
    }

    /** Out-of-range input is clamped; 0 means no condition. */
    private static Double confidence(Double value) {
        return value == null ? null : Math.max(0, Math.min(1, value));
    }

    /** Shows a filter, its options with their counts, and the name of its one place (null when none). */
    void show(DashboardFilter shown, FacetOptions options, String placeName, DashboardService dashboard) {
        this.filter = shown;
        search.setValue(shown.query() == null ? "" : shown.query());
        from.setValue(shown.from());
        to.setValue(shown.to());
        from.setMax(shown.to());
        to.setMin(shown.from());
        facets.show(options, shown.countries(), shown.kinds(), shown.sources(), shown.languages(), dashboard);
        minConfidence.setValue(shown.minConfidence());
        showPlaceChip(shown.placeId() == null ? null : placeName);
        int conditions = Filters.conditions(shown);
        clear.setEnabled(conditions > 0);
        toggle.setText(conditions == 0 ? "Filters" : "Filters (" + conditions + ")");
    }

    private void showPlaceChip(String placeName) {
        placeChip.removeAll();
        placeChip.setVisible(placeName != null);
        if (placeName != null) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> onChange.accept(filter.withPlace(null)));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel("Remove the filter: only " + placeName);
            remove.addClassName("remove-place-filter");
            placeChip.add(new Span("Only " + placeName), remove);
        }
    }

    private void setOpen(boolean open) {
        fields.setClassName("open", open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    /** The one-place chip and "Clear filters": shown with the totals, so that a phone sees them with the fields closed. */
    Div chips() {
        return chips;
    }

    TextField search() {
        return search;
    }

    FacetSelects facets() {
        return facets;
    }

    DatePicker from() {
        return from;
    }
}
