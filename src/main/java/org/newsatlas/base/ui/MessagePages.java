package org.newsatlas.base.ui;

import com.vaadin.flow.component.html.Anchor;

/** What the message pages share. */
final class MessagePages {

    private MessagePages() {
    }

    /** A link to the dashboard, its first page. */
    static Anchor wayBack() {
        Anchor back = new Anchor(".", "Back to the map");
        back.addClassName("way-back");
        return back;
    }
}
