package org.newsatlas.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The open views that show articles as they land from a background import. Whoever stores
 * articles in the background announces them; each open view then reloads in its own UI, through
 * Push. The announcer decides how often, so that a bulk import does not reload a map per article.
 */
@Component
public class ArticleArrivals {

    private final Map<ArticleAddedObserver, UI> followers = new ConcurrentHashMap<>();

    /** Follows arrivals until the registration is removed (when the view detaches). */
    public Registration follow(UI ui, ArticleAddedObserver view) {
        followers.put(view, ui);
        return () -> followers.remove(view);
    }

    /** Articles have landed: every following view reloads once. */
    public void announce() {
        followers.forEach((view, ui) -> {
            try {
                ui.access(view::articleAdded);
            } catch (UIDetachedException closed) {
                followers.remove(view);
            }
        });
    }

    int followers() {
        return followers.size();
    }
}
