package org.newsatlas.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A control a feature puts in the shell's top bar (the "Add article" button), so that the shell
 * knows no feature: features depend on the shell, never the other way.
 */
public interface ShellAction {

    /** A new control for one shell (each browser tab has its own). */
    Component create();
}
