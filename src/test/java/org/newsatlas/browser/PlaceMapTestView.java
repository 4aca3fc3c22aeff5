package org.newsatlas.browser;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.newsatlas.map.CountryShade;
import org.newsatlas.map.MapMode;
import org.newsatlas.map.MapProperties;
import org.newsatlas.map.MapViewport;
import org.newsatlas.map.PlaceMap;
import org.newsatlas.map.SyntheticPlaces;

/**
 * A page with nothing but the map, for the browser tests: {@code ?places=N} puts N synthetic
 * places on it, {@code ?mode=countries} shades a few countries, {@code ?view=lat,lon,zoom} moves
 * it. Every event the server hears is written into {@code #events}; one button moves the map
 * from the server, another sends the {@code ?load=N} synthetic places, as a new filter would.
 */
@Route("test/place-map")
class PlaceMapTestView extends Div implements BeforeEnterObserver {

    static final List<CountryShade> SHADING = List.of(new CountryShade("LY", "Libya", 40),
            new CountryShade("EG", "Egypt", 12), new CountryShade("TN", "Tunisia", 3), new CountryShade("DZ", "Algeria", 1));

    private final PlaceMap map;
    private final Div events = new Div();
    private int placesToLoad;

    PlaceMapTestView(MapProperties properties) {
        map = new PlaceMap(properties);
        map.setWidthFull();
        map.setHeight("760px");
        events.setId("events");
        map.addMarkerClickListener(click -> log("marker " + click.getPlaceId()));
        map.addCountryClickListener(click -> log("country " + click.getCountryCode()));
        map.addViewportChangeListener(change -> log("view %.2f %.2f %d".formatted(change.getViewport().lat(),
                change.getViewport().lon(), change.getViewport().zoom())));
        NativeButton serverMove = new NativeButton("Server moves the map", click -> map.setViewport(new MapViewport(30, 31, 5)));
        serverMove.setId("server-move");
        NativeButton load = new NativeButton("Load places", click -> map.setMarkers(SyntheticPlaces.of(placesToLoad, 8)));
        load.setId("load-places");
        add(map, serverMove, load, events);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        int places = query.getSingleParameter("places").map(Integer::parseInt).orElse(0);
        map.setMarkers(SyntheticPlaces.of(places, 8));
        placesToLoad = query.getSingleParameter("load").map(Integer::parseInt).orElse(0);
        map.setCountryShading(SHADING);
        map.setMode(query.getSingleParameter("mode").filter("countries"::equals).isPresent() ? MapMode.COUNTRIES : MapMode.MARKERS);
        query.getSingleParameter("view").map(view -> view.split(","))
                .ifPresent(view -> map.setViewport(new MapViewport(Double.parseDouble(view[0]), Double.parseDouble(view[1]),
                        Integer.parseInt(view[2]))));
    }

    private void log(String text) {
        Span line = new Span(text);
        line.addClassName("event");
        events.add(line);
    }
}
