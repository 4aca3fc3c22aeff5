package org.newsatlas.places.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.newsatlas.base.ui.MainLayout;
import org.newsatlas.places.PlaceQueries;

/** The start page: every mentioned place on a world map, and the panel for the clicked one. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("NewsAtlas: map")
public class MapView extends Div {

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

    /** Reloads the places, e.g. after an article was added. */
    public void refresh() {
        map.setMarkers(places.mapPlaces().stream().map(MapMarker::of).toList());
    }

    void select(long placeId) {
        map.selectPlace(placeId);
        panel.show(placeId);
    }

    PlaceMap map() {
        return map;
    }
}
