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
import java.util.EnumSet;
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
@NpmPackage(value = "supercluster", version = "9.1.0")
@NpmPackage(value = "polylabel", version = "2.1.0")
@NpmPackage(value = "world-atlas", version = "2.0.2")
@NpmPackage(value = "us-atlas", version = "3.0.1")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@NpmPackage(value = "@types/leaflet", version = "1.9.21", dev = true)
@NpmPackage(value = "@types/polylabel", version = "2.0.0", dev = true)
@NpmPackage(value = "@types/topojson-client", version = "3.1.5", dev = true)
@JsModule("./components/place-map.ts")
public class PlaceMap extends Component implements HasSize, HasStyle {

    public static final int MIN_ZOOM = 1;
    public static final int MAX_ZOOM = 12;
    /** Where the browser gets the names of large towns; served by {@code map.api.TownController}. */
    public static final String TOWNS_PATH = "api/map/towns";
    private static final ObjectMapper JSON = new ObjectMapper();

    private List<MapMarker> markers = List.of();
    private List<CountryShade> shading = List.of();
    private MapMode mode = MapMode.MARKERS;
    private Long selectedPlaceId;
    private MapViewport viewport;
    /** What the browser does not know yet. */
    private final EnumSet<Part> changed = EnumSet.noneOf(Part.class);
    private boolean syncPending;

    /** The parts of the state payload, each sent only when it changed. */
    private enum Part { MARKERS, SHADING, MODE, VIEWPORT, SELECTION }

    public PlaceMap(MapProperties properties) {
        getElement().setProperty("tileUrl", properties.tileUrl());
        getElement().setProperty("tileAttribution", properties.tileAttribution());
        // relative, so that it follows the app's context path
        getElement().setProperty("townsUrl", TOWNS_PATH);
    }

    public void setMarkers(List<MapMarker> markers) {
        this.markers = List.copyOf(markers);
        markChanged(Part.MARKERS);
    }

    public List<MapMarker> getMarkers() {
        return markers;
    }

    /** The mentions per country drawn in {@link MapMode#COUNTRIES} mode. */
    public void setCountryShading(List<CountryShade> shades) {
        this.shading = List.copyOf(shades);
        markChanged(Part.SHADING);
    }

    public List<CountryShade> getCountryShading() {
        return shading;
    }

    public void setMode(MapMode mode) {
        if (this.mode != mode) {
            this.mode = mode;
            markChanged(Part.MODE);
        }
    }

    public MapMode getMode() {
        return mode;
    }

    /** Moves the map there; null fits the map to its markers. */
    public void setViewport(MapViewport viewport) {
        this.viewport = viewport;
        markChanged(Part.VIEWPORT);
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
        markChanged(Part.SELECTION);
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
        changed.addAll(EnumSet.of(Part.MARKERS, Part.SHADING, Part.MODE, Part.VIEWPORT));
        if (selectedPlaceId != null) {
            changed.add(Part.SELECTION);
        }
        scheduleSync();
    }

    private void markChanged(Part part) {
        changed.add(part);
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
        // parsed by applyState, so that the time from the data's arrival to a usable map includes it
        getElement().executeJs("""
                customElements.whenDefined('place-map').then(() => this.applyState($0))""", takeChanges());
    }

    /** What changed since the last response, as one JSON payload; absent keys mean "unchanged". */
    String takeChanges() {
        Map<String, Object> state = new LinkedHashMap<>();
        if (changed.contains(Part.MARKERS)) {
            state.put("places", MarkerTable.of(markers));
        }
        if (changed.contains(Part.SHADING)) {
            state.put("shading", ShadingTable.of(shading));
        }
        if (changed.contains(Part.MODE)) {
            state.put("mode", mode.name().toLowerCase(Locale.ROOT));
        }
        if (changed.contains(Part.VIEWPORT)) {
            state.put("view", viewport);
            state.put("fit", viewport == null);
        }
        if (changed.contains(Part.SELECTION)) {
            state.put("selected", selectedPlaceId);
        }
        changed.clear();
        return toJson(state);
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("map state is plain records", e);
        }
    }
}
