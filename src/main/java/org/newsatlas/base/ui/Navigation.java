package org.newsatlas.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The addresses of the views. Views and the shell reach one another through these paths and
 * query parameters, never through one another's classes, so that no UI package depends on
 * another's views. The views declare their routes with the same constants.
 */
public final class Navigation {

    /**
     * The dashboard; {@code ?selected=ID} opens it with that place selected. Its other parameters
     * are the filter's ({@code place} is the one-place filter) and the view's.
     */
    public static final String MAP = "";
    public static final String SELECTED = "selected";

    /** One article; {@code ?sentence=START} scrolls to and marks that sentence, {@code ?q=} marks the search hits. */
    public static final String ARTICLE_ID = "id";
    public static final String ARTICLE = "articles/:" + ARTICLE_ID;
    public static final String SENTENCE = "sentence";
    public static final String SEARCH = "q";

    /** One place: what and where, its articles over time and their sentences; takes the filter parameters. */
    public static final String PLACE_ID = "id";
    public static final String PLACE_PAGE = "places/:" + PLACE_ID;

    /** The running and recent bulk imports, with their progress and rejected items. */
    public static final String IMPORTS = "imports";

    /** The review queue; takes the dashboard's filter parameters. */
    public static final String REVIEW = "review";

    private Navigation() {
    }

    /** Opens an article, at a sentence when sentenceStart is not null: /articles/ID?sentence=START. */
    public static void openArticle(long articleId, Integer sentenceStart) {
        openArticle(articleId, sentenceStart, null);
    }

    /** Opens an article at a sentence (if not null) with the hits of a search (if not blank) marked. */
    public static void openArticle(long articleId, Integer sentenceStart, String search) {
        UI.getCurrent().navigate(articlePath(articleId), articleQuery(sentenceStart, search));
    }

    /** The address of an article, for links: {@code articles/ID?sentence=START&q=SEARCH}. */
    public static String articleHref(long articleId, Integer sentenceStart, String search) {
        return withQuery(articlePath(articleId), articleQuery(sentenceStart, search));
    }

    private static QueryParameters articleQuery(Integer sentenceStart, String search) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (sentenceStart != null) {
            query.put(SENTENCE, List.of(String.valueOf(sentenceStart)));
        }
        if (search != null && !search.isBlank()) {
            query.put(SEARCH, List.of(search));
        }
        return new QueryParameters(query);
    }

    static String articlePath(long articleId) {
        return ARTICLE.replace(":" + ARTICLE_ID, String.valueOf(articleId));
    }

    /** The address of a place's page, keeping the filter: {@code places/ID?from=...}. */
    public static String placeHref(long placeId, QueryParameters filter) {
        return withQuery(placePath(placeId), filter);
    }

    /** Opens a place's page with these parameters. */
    public static void openPlace(long placeId, QueryParameters query) {
        UI.getCurrent().navigate(placePath(placeId), query);
    }

    private static String placePath(long placeId) {
        return PLACE_PAGE.replace(":" + PLACE_ID, String.valueOf(placeId));
    }

    /** The address of the dashboard with these parameters. */
    public static String mapHref(QueryParameters query) {
        return withQuery(MAP, query);
    }

    private static String withQuery(String path, QueryParameters query) {
        String parameters = query.getQueryString();
        return parameters.isEmpty() ? (path.isEmpty() ? "." : path) : path + "?" + parameters;
    }

    public static void openMap() {
        UI.getCurrent().navigate(MAP);
    }

    public static void openImports() {
        UI.getCurrent().navigate(IMPORTS);
    }

    /** The query that opens the map with a place selected. */
    public static QueryParameters mapSelecting(long placeId) {
        return QueryParameters.of(SELECTED, String.valueOf(placeId));
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
