package org.newsatlas.places.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import org.newsatlas.base.ui.ArticleAddedObserver;
import org.newsatlas.base.ui.MainLayout;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.map.MapMarker;
import org.newsatlas.map.MapProperties;
import org.newsatlas.map.PlaceMap;
import org.newsatlas.places.PlaceQueries;

/**
 * The start page: every mentioned place on a world map, and the panel for the clicked one.
 * {@code ?place=ID} opens with that place selected; an article added here shows its places at once.
 */
@Route(value = Navigation.MAP, layout = MainLayout.class)
@PageTitle("NewsAtlas: map")
public class MapView extends Div implements BeforeEnterObserver, ArticleAddedObserver {

    private final PlaceQueries places;
    private final PlaceMap map;
    private final PlacePanel panel;

    MapView(PlaceQueries places, MapProperties mapProperties) {
        this.places = places;
        this.map = new PlaceMap(mapProperties);
        this.panel = new PlacePanel(places);
        addClassName("map-view");
        map.addClassName("world-map");
        map.addMarkerClickListener(click -> select(click.getPlaceId()));
        add(map, panel);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(Navigation.PLACE)
                .flatMap(MapView::placeId)
                .filter(id -> map.getMarkers().stream().anyMatch(marker -> marker.id() == id))
                .ifPresent(this::select);
    }

    private static Optional<Long> placeId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void articleAdded() {
        refresh();
    }

    private void refresh() {
        map.setMarkers(places.mapPlaces().stream().map(place -> new MapMarker(place.id(), place.name(), place.latitude(), place.longitude(),
                place.mentionCount(), place.countryName(), place.featureLabel())).toList());
    }

    void select(long placeId) {
        map.selectPlace(placeId);
        panel.show(placeId);
    }

    PlaceMap map() {
        return map;
    }
}
