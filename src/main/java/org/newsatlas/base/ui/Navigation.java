package org.newsatlas.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

/**
 * The addresses of the views. Views and the shell reach one another through these paths and
 * query parameters, never through one another's classes, so that no UI package depends on
 * another's views. The views declare their routes with the same constants.
 */
public final class Navigation {

    /** The world map; {@code ?place=ID} opens it with that place selected. */
    public static final String MAP = "";
    public static final String PLACE = "place";

    /** One article; {@code ?sentence=START} scrolls to and marks that sentence. */
    public static final String ARTICLE_ID = "id";
    public static final String ARTICLE = "articles/:" + ARTICLE_ID;
    public static final String SENTENCE = "sentence";

    private Navigation() {
    }

    /** Opens an article, at a sentence when sentenceStart is not null: /articles/ID?sentence=START. */
    public static void openArticle(long articleId, Integer sentenceStart) {
        QueryParameters query = sentenceStart == null
                ? QueryParameters.empty()
                : QueryParameters.of(SENTENCE, String.valueOf(sentenceStart));
        UI.getCurrent().navigate(articlePath(articleId), query);
    }

    static String articlePath(long articleId) {
        return ARTICLE.replace(":" + ARTICLE_ID, String.valueOf(articleId));
    }

    public static void openMap() {
        UI.getCurrent().navigate(MAP);
    }

    /** The query that opens the map with a place selected. */
    public static QueryParameters mapSelecting(long placeId) {
        return QueryParameters.of(PLACE, String.valueOf(placeId));
    }

    /**
     * A router link to the view registered at a path without parameters. The view is looked up
     * in the route registry, so the caller needs no import of it.
     */
    public static RouterLink link(String text, String path) {
        Class<? extends Component> view = RouteConfiguration.forApplicationScope().getRoute(path)
                .orElseThrow(() -> new IllegalArgumentException("no view at /" + path));
        return new RouterLink(text, view);
    }
}
