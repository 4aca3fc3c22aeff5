package org.newsatlas.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code <place-map>} Leaflet web component. The server keeps the markers and the selection
 * and sends them as one JSON payload before the response (all of it again after a re-attach);
 * the browser answers with place ids only.
 */
@Tag("place-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@NpmPackage(value = "world-atlas", version = "2.0.2")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@NpmPackage(value = "@types/leaflet", version = "1.9.21", dev = true)
@NpmPackage(value = "@types/leaflet.markercluster", version = "1.5.6", dev = true)
@NpmPackage(value = "@types/topojson-client", version = "3.1.5", dev = true)
@JsModule("./components/place-map.ts")
public class PlaceMap extends Component implements HasSize, HasStyle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private List<MapMarker> markers = List.of();
    private Long selectedPlaceId;
    private boolean markersChanged;
    private boolean selectionChanged;
    private boolean syncPending;

    public PlaceMap(MapProperties properties) {
        getElement().setProperty("tileUrl", properties.tileUrl());
        getElement().setProperty("tileAttribution", properties.tileAttribution());
    }

    public void setMarkers(List<MapMarker> markers) {
        this.markers = List.copyOf(markers);
        markersChanged = true;
        scheduleSync();
    }

    public List<MapMarker> getMarkers() {
        return markers;
    }

    /** Highlights a marker and brings it into view; null clears the highlight. */
    public void selectPlace(Long placeId) {
        this.selectedPlaceId = placeId;
        selectionChanged = true;
        scheduleSync();
    }

    public Optional<Long> getSelectedPlaceId() {
        return Optional.ofNullable(selectedPlaceId);
    }

    public Registration addMarkerClickListener(ComponentEventListener<MarkerClickEvent> listener) {
        return addListener(MarkerClickEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // a new client-side element knows nothing yet: send everything
        syncPending = false;
        markersChanged = true;
        selectionChanged = selectedPlaceId != null;
        scheduleSync();
    }

    private void scheduleSync() {
        if (syncPending) {
            return;
        }
        syncPending = true;
        getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> sync()));
    }

    private void sync() {
        syncPending = false;
        String places = markersChanged ? toJson(markers) : null;
        boolean select = selectionChanged;
        markersChanged = false;
        selectionChanged = false;
        getElement().executeJs("""
                customElements.whenDefined('place-map').then(async () => {
                  if ($0 !== null) await this.setPlaces($0);
                  if ($1) await this.selectPlace($2);
                })""", places, select, selectedPlaceId == null ? null : selectedPlaceId.doubleValue());
    }

    private static String toJson(List<MapMarker> markers) {
        try {
            return JSON.writeValueAsString(markers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("map markers are plain records", e);
        }
    }

    /** A click on a single marker (not on a cluster). */
    @DomEvent("marker-click")
    public static class MarkerClickEvent extends ComponentEvent<PlaceMap> {

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
}
