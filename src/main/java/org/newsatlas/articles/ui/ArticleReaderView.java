package org.newsatlas.articles.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsatlas.articles.ArticleDocument;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.base.ui.MainLayout;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.map.MapMarker;
import org.newsatlas.map.MapProperties;
import org.newsatlas.map.PlaceMap;
import org.newsatlas.places.PlaceQueries;
import org.newsatlas.places.PlaceSummary;

/**
 * The article reader: the full text with every place name marked, the places beside it on a
 * small map and in a list. {@code ?sentence=START} scrolls to and marks that sentence.
 */
@Route(value = Navigation.ARTICLE, layout = MainLayout.class)
public class ArticleReaderView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleQueries articles;
    private final PlaceQueries places;
    private final MapProperties mapProperties;
    private ArticleBody body;
    private PlaceMap map;
    private ListBox<PlaceSummary> placeList;
    private RouterLink worldMapLink;
    private String title = "NewsAtlas";

    ArticleReaderView(ArticleQueries articles, PlaceQueries places, MapProperties mapProperties) {
        this.articles = articles;
        this.places = places;
        this.mapProperties = mapProperties;
        addClassName("reader-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<ArticleDocument> document = event.getRouteParameters().getLong(Navigation.ARTICLE_ID).flatMap(articles::document);
        if (document.isEmpty()) {
            title = "Article not found";
            add(new H1("Article not found"), new Paragraph("There is no such article."), Navigation.link("Back to the map", Navigation.MAP));
            return;
        }
        Integer sentence = event.getLocation().getQueryParameters().getSingleParameter(Navigation.SENTENCE)
                .flatMap(ArticleReaderView::integer).orElse(null);
        show(document.get(), sentence);
    }

    private void show(ArticleDocument document, Integer focusedSentence) {
        title = document.article().title();
        H1 heading = new H1(document.article().title());
        heading.addClassName("article-title");
        body = new ArticleBody(document.article().text(), document.mentions(), focusedSentence, this::selectPlace);
        Div main = new Div(heading, meta(document), body);
        main.addClassName("article-main");
        add(main, sidebar(document.article().id()));
        body.scrollToFocusedSentence();
    }

    private static Paragraph meta(ArticleDocument document) {
        List<String> parts = new ArrayList<>();
        if (document.article().publishedAt() != null) {
            parts.add(DateTimeFormatter.ISO_LOCAL_DATE.format(document.article().publishedAt().atOffset(ZoneOffset.UTC)));
        }
        if (document.article().source() != null && !document.article().source().isBlank()) {
            parts.add(document.article().source());
        }
        parts.add(document.mentions().size() + " place mentions");
        Paragraph meta = new Paragraph(String.join(" · ", parts));
        meta.addClassName("article-meta");
        return meta;
    }

    private Div sidebar(long articleId) {
        List<PlaceSummary> articlePlaces = places.placesOfArticle(articleId);
        map = new PlaceMap(mapProperties);
        map.addClassName("reader-map");
        map.setMarkers(articlePlaces.stream().map(place -> new MapMarker(place.id(), place.name(), place.latitude(), place.longitude(),
                place.mentionCount(), place.countryName(), place.featureLabel())).toList());
        map.addMarkerClickListener(click -> selectPlace(click.getPlaceId()));
        placeList = new ListBox<>();
        placeList.addClassName("reader-places");
        placeList.setItems(articlePlaces);
        placeList.setItemLabelGenerator(place -> "%s (%s) ×%d".formatted(place.name(), place.description(),
                place.mentionCount()));
        placeList.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                selectPlace(change.getValue().id());
            }
        });
        worldMapLink = Navigation.link("", Navigation.MAP);
        worldMapLink.addClassName("world-map-link");
        worldMapLink.setVisible(false);
        Div sidebar = new Div(map, worldMapLink, placeList);
        sidebar.addClassName("reader-sidebar");
        return sidebar;
    }

    /** Selects a place everywhere: on the small map, in the list and among the marks. */
    void selectPlace(long placeId) {
        map.selectPlace(placeId);
        placeList.getListDataView().getItems()
                .filter(place -> place.id() == placeId)
                .findFirst()
                .ifPresent(place -> {
                    placeList.setValue(place);
                    worldMapLink.setText("All mentions of " + place.name() + " on the world map");
                    worldMapLink.setQueryParameters(Navigation.mapSelecting(place.id()));
                    worldMapLink.setVisible(true);
                });
        body.highlightPlace(placeId);
    }

    PlaceMap map() {
        return map;
    }

    ListBox<PlaceSummary> placeList() {
        return placeList;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Optional<Integer> integer(String value) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
