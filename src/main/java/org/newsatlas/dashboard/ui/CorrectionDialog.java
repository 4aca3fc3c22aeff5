package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * The correction panel of one mention over the dashboard. Not modal, so that the map, the lists
 * and the counts stay in sight while they follow each change; Escape or "Close" ends it.
 */
final class CorrectionDialog {

    private CorrectionDialog() {
    }

    static Dialog open(Component panel) {
        Dialog dialog = new Dialog();
        dialog.addClassName("correction-dialog");
        dialog.setHeaderTitle("Correct a place name");
        dialog.setModal(false);
        dialog.setDraggable(true);
        dialog.setCloseOnEsc(true);
        dialog.add(panel);
        Button close = new Button("Close", click -> dialog.close());
        close.addClassName("close-correction");
        dialog.getFooter().add(close);
        dialog.open();
        return dialog;
    }
}
