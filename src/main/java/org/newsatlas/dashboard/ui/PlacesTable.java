package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.newsatlas.dashboard.MapPlace;

/**
 * The places under the filter as a sortable table (most mentioned first); a click, or Enter on a
 * row, selects the place. The selected place's row is marked.
 */
class PlacesTable extends Grid<MapPlace> {

    private Long selected;

    PlacesTable(LongConsumer onSelect) {
        addClassName("places-table");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setSelectionMode(SelectionMode.NONE);
        Column<MapPlace> name = addColumn(p -> p.place().name()).setHeader("Place").setFlexGrow(3).setWidth("7em")
                .setComparator(Comparator.comparing((MapPlace p) -> p.place().name(), String.CASE_INSENSITIVE_ORDER))
                .setTooltipGenerator(p -> PlaceWords.description(p.place()));
        addColumn(p -> PlaceWords.kind(p.place().kind())).setHeader("Kind").setFlexGrow(1).setWidth("5em")
                .setComparator(Comparator.comparing((MapPlace p) -> p.place().kind()));
        addColumn(p -> p.place().countryName()).setHeader("Country").setFlexGrow(2).setWidth("5.5em")
                .setComparator(Comparator.comparing((MapPlace p) -> p.place().countryName()));
        addColumn(p -> Objects.requireNonNullElse(p.place().admin1Name(), "")).setHeader("1st-order division")
                .setFlexGrow(2).setWidth("5.5em")
                .setComparator(Comparator.comparing((MapPlace p) -> Objects.requireNonNullElse(p.place().admin1Name(), "")));
        Column<MapPlace> mentions = addColumn(MapPlace::mentions).setHeader("Mentions").setFlexGrow(0).setWidth("5.5em")
                .setTextAlign(ColumnTextAlign.END).setComparator(Comparator.comparingInt(MapPlace::mentions));
        addColumn(MapPlace::articles).setHeader("Articles").setFlexGrow(0).setWidth("5em")
                .setTextAlign(ColumnTextAlign.END).setComparator(Comparator.comparingInt(MapPlace::articles));
        getColumns().forEach(column -> column.setResizable(true).setSortable(true));
        name.setFrozen(true);
        sort(List.of(new GridSortOrder<>(mentions, SortDirection.DESCENDING)));
        setEmptyStateText("No places are mentioned in the articles these filters keep.");
        setPartNameGenerator(p -> selected != null && p.place().id() == selected ? "selected-place" : null);
        RowActivation.on(this, place -> onSelect.accept(place.place().id()));
    }

    void show(List<MapPlace> places) {
        setItems(places);
    }

    /** Marks the selected place's row and scrolls to it. */
    void select(Long placeId) {
        if (Objects.equals(selected, placeId)) {
            return;
        }
        selected = placeId;
        getDataProvider().refreshAll();
        if (placeId != null) {
            getListDataView().getItems().filter(p -> p.place().id() == placeId).findFirst()
                    .ifPresent(this::scrollToItem);
        }
    }
}
