package org.newsatlas.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The tools a feature offers for one mention in the reader (the corrections feature's panel), so
 * that the reader knows no feature that depends on it.
 */
public interface MentionTools {

    /** A panel for the mention; {@code onChange} runs after each change, so the reader can redraw. */
    Component panel(long mentionId, Runnable onChange);
}
