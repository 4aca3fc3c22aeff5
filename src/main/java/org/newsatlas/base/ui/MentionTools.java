package org.newsatlas.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The tools a feature offers for one mention in the reader (the corrections feature's panels), so
 * that the reader knows no feature that depends on it.
 */
public interface MentionTools {

    /** A panel for the mention; {@code onChange} runs after each change, so the reader can redraw. */
    Component panel(long mentionId, Runnable onChange);

    /**
     * A panel to add text[start, end) of an article (Java char offsets), which reads {@code name},
     * as a place the geoparser missed; {@code onAdded} runs after the add.
     */
    Component addPanel(long articleId, int start, int end, String name, Runnable onAdded);
}
