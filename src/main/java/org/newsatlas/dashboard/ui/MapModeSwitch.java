package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;
import org.newsatlas.map.MapMode;

/** What the map shows: a marker per place, or the countries shaded by their mentions. */
class MapModeSwitch extends RadioButtonGroup<MapMode> {

    MapModeSwitch(Consumer<MapMode> onChoose) {
        setAriaLabel("What the map shows");
        setItems(MapMode.MARKERS, MapMode.COUNTRIES);
        setItemLabelGenerator(mode -> mode == MapMode.MARKERS ? "Places" : "Countries");
        addClassName("map-mode");
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                onChoose.accept(change.getValue());
            }
        });
    }
}
