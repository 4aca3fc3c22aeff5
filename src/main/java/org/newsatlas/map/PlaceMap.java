package org.newsatlas.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code <place-map>} Leaflet web component. The server keeps the markers, the country
 * shading, the mode, the selection and the view, and sends what changed as one JSON payload before
 * the response (all of it again after a re-attach); the browser answers with ids (a place, a
 * country) and the view a person moved to.
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

    public static final int MIN_ZOOM = 1;
    public static final int MAX_ZOOM = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    private List<MapMarker> markers = List.of();
    private List<CountryShade> shading = List.of();
    private MapMode mode = MapMode.MARKERS;
    private Long selectedPlaceId;
    private MapViewport viewport;
    private boolean markersChanged;
    private boolean shadingChanged;
    private boolean modeChanged;
    private boolean selectionChanged;
    private boolean viewportChanged;
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

    /** The mentions per country drawn in {@link MapMode#COUNTRIES} mode. */
    public void setCountryShading(List<CountryShade> shades) {
        this.shading = List.copyOf(shades);
        shadingChanged = true;
        scheduleSync();
    }

    public List<CountryShade> getCountryShading() {
        return shading;
    }

    public void setMode(MapMode mode) {
        if (this.mode != mode) {
            this.mode = mode;
            modeChanged = true;
            scheduleSync();
        }
    }

    public MapMode getMode() {
        return mode;
    }

    /** Moves the map there; null fits the map to its markers. */
    public void setViewport(MapViewport viewport) {
        this.viewport = viewport;
        viewportChanged = true;
        scheduleSync();
    }

    /** Where the map looks, as last set or as a person last moved it; empty while fitted to the markers. */
    public Optional<MapViewport> getViewport() {
        return Optional.ofNullable(viewport);
    }

    /** The view a person moved to: already shown in the browser, so nothing is sent. */
    void remember(MapViewport moved) {
        this.viewport = moved;
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

    /** A person moved or zoomed the map (not the server's own moves). */
    public Registration addViewportChangeListener(ComponentEventListener<ViewportChangeEvent> listener) {
        return addListener(ViewportChangeEvent.class, listener);
    }

    /** A click on a country in shading mode. */
    public Registration addCountryClickListener(ComponentEventListener<CountryClickEvent> listener) {
        return addListener(CountryClickEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // a new client-side element knows nothing yet: send everything
        syncPending = false;
        markersChanged = true;
        shadingChanged = true;
        modeChanged = true;
        viewportChanged = true;
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

    /** What changed since the last response, as one payload; absent keys mean "unchanged". */
    private void sync() {
        syncPending = false;
        Map<String, Object> state = new LinkedHashMap<>();
        if (markersChanged) {
            state.put("places", markers);
        }
        if (shadingChanged) {
            state.put("shading", shading);
        }
        if (modeChanged) {
            state.put("mode", mode.name().toLowerCase(Locale.ROOT));
        }
        if (viewportChanged) {
            state.put("view", viewport);
            state.put("fit", viewport == null);
        }
        if (selectionChanged) {
            state.put("selected", selectedPlaceId);
        }
        markersChanged = shadingChanged = modeChanged = viewportChanged = selectionChanged = false;
        getElement().executeJs("""
                customElements.whenDefined('place-map').then(() => this.applyState(JSON.parse($0)))""", toJson(state));
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("map state is plain records", e);
        }
    }
}
