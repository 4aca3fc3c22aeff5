package org.newsatlas.corrections.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.util.List;

/**
 * The review queue's keys. One keydown listener on the document passes the queue's keys to the view
 * as a {@code review-key} event, except while a person types in a field (an input, text area,
 * select or editable text, also inside a web component's shadow root), with a modifier held, or
 * with a dialog open. Vaadin's shortcuts would fire in text fields too.
 */
final class ReviewKeys {

    static final List<String> KEYS = List.of("j", "k", "ArrowDown", "ArrowUp", "1", "2", "3", "4", "5", "x", "c",
            "u", "r", "o");

    /** A key meant for the queue. */
    @DomEvent("review-key")
    public static class KeyEvent extends ComponentEvent<Component> {

        private final String key;

        public KeyEvent(Component source, boolean fromClient, @EventData("event.detail.key") String key) {
            super(source, fromClient);
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    // the listener removes itself once the view has left the page, so navigating away leaves none behind
    private static final String INSTALL = """
            const view = $0;
            const keys = $1;
            if (view.__reviewKeys) {
              document.removeEventListener('keydown', view.__reviewKeys);
            }
            const listener = e => {
              if (!view.isConnected) {
                document.removeEventListener('keydown', listener);
                return;
              }
              if (e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented || !keys.includes(e.key)) {
                return;
              }
              const target = e.composedPath()[0];
              if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) {
                return;
              }
              if (document.querySelector('vaadin-dialog-overlay[opened]')) {
                return;
              }
              e.preventDefault();
              view.dispatchEvent(new CustomEvent('review-key', {detail: {key: e.key}}));
            };
            view.__reviewKeys = listener;
            document.addEventListener('keydown', listener);
            """;

    private ReviewKeys() {
    }

    /** Listens on the whole page while the view is on it; call on each attach. */
    static void install(Component view) {
        JsonArray keys = Json.createArray();
        for (int i = 0; i < KEYS.size(); i++) {
            keys.set(i, KEYS.get(i));
        }
        view.getElement().executeJs(INSTALL, view.getElement(), keys);
    }
}
