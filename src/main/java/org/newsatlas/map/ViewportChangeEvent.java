package org.newsatlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** Where a person moved the map; the view is remembered so that a re-attach restores it. */
@DomEvent("viewport-change")
public class ViewportChangeEvent extends ComponentEvent<PlaceMap> {

    private final MapViewport viewport;

    public ViewportChangeEvent(PlaceMap source, boolean fromClient, @EventData("event.detail.lat") double lat,
                               @EventData("event.detail.lon") double lon, @EventData("event.detail.zoom") int zoom) {
        super(source, fromClient);
        this.viewport = new MapViewport(lat, lon, zoom);
        source.remember(viewport);
    }

    public MapViewport getViewport() {
        return viewport;
    }
}
