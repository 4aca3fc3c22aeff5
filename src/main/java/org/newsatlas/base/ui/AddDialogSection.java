package org.newsatlas.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A part another feature adds to the "Add article" dialog (a feed address to fetch now), so that the
 * dialog's feature need not know that feature.
 */
public interface AddDialogSection {

    /** A new part for one dialog; {@code onAdded} is called after it stored articles. */
    Component create(Runnable onAdded);
}
