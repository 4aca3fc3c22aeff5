package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.util.function.Consumer;

/**
 * A grid row does its thing on a click, and on Enter or Space while one of its cells has the
 * keyboard focus. The browser names the row by the key the grid gave its item; the server looks
 * the item up.
 */
final class RowActivation {

    private static final String ROW_KEY = "element.getEventContext(event).item?.key";

    private RowActivation() {
    }

    static <T> void on(Grid<T> grid, Consumer<T> action) {
        grid.addItemClickListener(click -> action.accept(click.getItem()));
        grid.getElement().addEventListener("keydown", key -> {
            JsonValue value = key.getEventData().get(ROW_KEY);
            String rowKey = value == null || value.getType() != JsonType.STRING ? null : value.asString();
            T item = rowKey == null ? null : grid.getDataCommunicator().getKeyMapper().get(rowKey);
            if (item != null) {
                action.accept(item);
            }
        }).addEventData(ROW_KEY)
                .setFilter("(event.key === 'Enter' || event.key === ' ') && !event.repeat"
                        + " && element.getEventContext(event).section === 'body'");
    }
}
