package org.newsatlas.base.ui;

import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** A {@code <mark>}: highlighted text. Its content is always set as text, never as HTML. */
@Tag("mark")
public class Mark extends HtmlContainer implements ClickNotifier<Mark> {

    public Mark(String text) {
        setText(text);
    }
}
