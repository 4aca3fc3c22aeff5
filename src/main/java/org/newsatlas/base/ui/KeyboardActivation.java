package org.newsatlas.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Makes a non-button element work like one for the keyboard: it takes the focus in tab order and
 * Enter or Space on it does what a click does. Space would otherwise scroll the page, so that key
 * press goes no further.
 */
public final class KeyboardActivation {

    private KeyboardActivation() {
    }

    public static void add(Component component, String role, Runnable action) {
        component.getElement().setAttribute("tabindex", "0");
        component.getElement().setAttribute("role", role);
        // only for the element itself: Enter on a focusable child is the child's own
        component.getElement().addEventListener("keydown", key -> action.run())
                .setFilter("(event.key === 'Enter' || event.key === ' ') && !event.repeat"
                        + " && event.target === element && (event.preventDefault(), true)");
    }
}
