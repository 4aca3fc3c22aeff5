package org.newsatlas.articles.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.function.LongConsumer;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.map.MapMarker;
import org.newsatlas.map.MapProperties;
import org.newsatlas.map.PlaceMap;
import org.newsatlas.places.PlaceSummary;

/**
 * Beside the article: its places on a small map and in a list, and for the selected one links to
 * its page and to the dashboard. An article without places says so instead of showing an empty map.
 */
class ReaderSidebar extends Div {

    private final List<PlaceSummary> articlePlaces;
    private PlaceMap map;
    private ListBox<PlaceSummary> placeList;
    private final Div links = new Div();

    ReaderSidebar(List<PlaceSummary> articlePlaces, MapProperties mapProperties, LongConsumer onSelect) {
        this.articlePlaces = articlePlaces;
        addClassName("reader-sidebar");
        if (articlePlaces.isEmpty()) {
            Paragraph none = new Paragraph("No places were found in this article, so there is nothing to put on a map.");
            none.addClassName("no-places");
            add(none);
            return;
        }
        map = new PlaceMap(mapProperties);
        map.addClassName("reader-map");
        map.setMarkers(articlePlaces.stream().map(place -> new MapMarker(place.id(), place.name(), place.latitude(),
                place.longitude(), place.mentionCount(), place.countryName(), place.featureLabel())).toList());
        map.addMarkerClickListener(click -> onSelect.accept(click.getPlaceId()));
        placeList = new ListBox<>();
        placeList.addClassName("reader-places");
        placeList.setAriaLabel("Places in this article");
        placeList.setItems(articlePlaces);
        placeList.setItemLabelGenerator(place -> "%s (%s) ×%d".formatted(place.name(), place.description(),
                place.mentionCount()));
        placeList.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                onSelect.accept(change.getValue().id());
            }
        });
        links.addClassName("place-links");
        links.setVisible(false);
        add(map, links, placeList);
    }

    void select(long placeId) {
        if (map == null) {
            return;
        }
        map.selectPlace(placeId);
        articlePlaces.stream().filter(place -> place.id() == placeId).findFirst().ifPresent(place -> {
            placeList.setValue(place);
            links.removeAll();
            Anchor page = new Anchor(Navigation.placeHref(place.id(), QueryParameters.empty()),
                    "About " + place.name());
            page.addClassName("place-page-link");
            Anchor onMap = new Anchor(Navigation.mapHref(Navigation.mapSelecting(place.id())),
                    "All mentions of " + place.name() + " on the map");
            onMap.addClassName("world-map-link");
            links.add(page, onMap);
            links.setVisible(true);
        });
    }

    PlaceMap map() {
        return map;
    }

    ListBox<PlaceSummary> placeList() {
        return placeList;
    }
}
