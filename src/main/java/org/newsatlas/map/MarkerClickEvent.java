package org.newsatlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A click on a single marker (not on a cluster). */
@DomEvent("marker-click")
public class MarkerClickEvent extends ComponentEvent<PlaceMap> {

    private final long placeId;

    public MarkerClickEvent(PlaceMap source, boolean fromClient,
                            @EventData("event.detail.placeId") double placeId) {
        super(source, fromClient);
        this.placeId = (long) placeId;
    }

    public long getPlaceId() {
        return placeId;
    }
}
