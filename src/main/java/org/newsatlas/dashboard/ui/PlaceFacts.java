package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.MapPlace;
import org.newsatlas.map.MapMarker;
import org.newsatlas.map.MapProperties;
import org.newsatlas.map.MapViewport;
import org.newsatlas.map.PlaceMap;
import org.newsatlas.places.StoredPlace;

/** The head of a place page: name, kind, where, its counts under the filter, and a small map. */
class PlaceFacts extends Div {

    /** Close enough to see the place among its neighbours, far enough to see which country it is in. */
    static final int ZOOM = 5;

    private final Div text = new Div();
    private final PlaceMap map;

    PlaceFacts(MapProperties mapProperties) {
        addClassName("place-facts");
        map = new PlaceMap(mapProperties);
        map.addClassName("place-page-map");
        add(text, map);
    }

    void show(MapPlace counted, DashboardFilter filter, String dashboardHref) {
        StoredPlace place = counted.place();
        text.removeAll();
        Anchor back = new Anchor(dashboardHref, "← Back to the dashboard");
        back.addClassName("back-to-dashboard");
        H1 name = new H1(place.name());
        Paragraph kind = new Paragraph(PlaceWords.description(place));
        kind.addClassName("place-kind");
        List<String> where = new ArrayList<>();
        where.add(PlaceWords.coordinates(place.latitude(), place.longitude()));
        if (place.population() > 0) {
            where.add("population %,d".formatted(place.population()));
        }
        where.add("GeoNames " + place.geonameId());
        Paragraph details = new Paragraph(String.join(" · ", where));
        details.addClassName("place-coordinates");
        Paragraph counts = new Paragraph(counted.mentions() == 0
                ? "Not mentioned in the articles these filters keep."
                : PlaceWords.count(counted.mentions(), "mention") + " in " + PlaceWords.count(counted.articles(), "article")
                + (Filters.conditions(filter) > 0 ? " under these filters" : ""));
        counts.addClassName("place-counts");
        text.add(back, name, kind, details, counts);
        map.setMarkers(List.of(new MapMarker(place.id(), place.name(), place.latitude(), place.longitude(),
                Math.max(1, counted.mentions()), place.countryName(), place.featureLabel())));
        map.setViewport(new MapViewport(place.latitude(), place.longitude(), ZOOM));
        map.selectPlace(place.id());
    }

    PlaceMap map() {
        return map;
    }
}
