package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.function.Consumer;

/**
 * A grid row does its thing on a click, and on Enter or Space while a cell of it has the keyboard
 * focus: the grid tells the server which row a focused cell belongs to, and the key comes after.
 */
final class RowActivation<T> {

    private T focused;

    private RowActivation() {
    }

    static <T> void on(Grid<T> grid, Consumer<T> action) {
        RowActivation<T> activation = new RowActivation<>();
        grid.addItemClickListener(click -> action.accept(click.getItem()));
        grid.addCellFocusListener(focus -> activation.focused = focus.getItem().orElse(null));
        DomListenerRegistration keys = grid.getElement().addEventListener("keydown", key -> {
            if (activation.focused != null) {
                action.accept(activation.focused);
            }
        });
        keys.setFilter("(event.key === 'Enter' || event.key === ' ') && !event.repeat"
                + " && event.composedPath()[0].localName === 'td'");
    }
}
