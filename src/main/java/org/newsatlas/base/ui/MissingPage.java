package org.newsatlas.base.ui;

import com.vaadin.flow.router.NotFoundException;

/**
 * Thrown by a view whose address names something that is not there (an article id that is not
 * stored, a place id that is not a number). Its message is for people, and is shown as it is.
 */
public class MissingPage extends NotFoundException {

    private final String title;

    public MissingPage(String title, String message) {
        super(message);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
