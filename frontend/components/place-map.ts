/// <reference types="vite/client" />
// Vite's client types declare the ?inline (file content) and ?url (address of the bundled file) imports.
import { LitElement, unsafeCSS } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import L from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { CountryLayer } from './map/country-layer.js';
import { LabelLayer, type LabelCandidate } from './map/label-layer.js';
import { Legend } from './map/legend.js';
import { MarkerLayer } from './map/marker-layer.js';
import { mapStyles } from './map/map-styles.js';
import { type MapMode, type MapState, type MapView, type Place, type Shading, decodePlaces, decodeShading } from './map/state.js';
import { TownNames } from './map/towns.js';

export type { MapState, Place } from './map/state.js';
export { markerRadius } from './map/symbols.js';

/**
 * Without tiles the map has outlines, borders and names only; past this zoom a frame would hold
 * little more than one colour, so it stops here.
 */
const OFFLINE_MAX_ZOOM = 9;
/** A person's moves are reported once they pause, not at every step of a drag. */
const VIEWPORT_DEBOUNCE_MS = 400;

/** What a connected element builds, and releases again when it is disconnected. */
interface LeafletParts {
  container: HTMLElement;
  map: L.Map;
  markers: MarkerLayer;
  countries: CountryLayer;
  labels: LabelLayer;
  towns: TownNames;
  legend: Legend;
  resizes: ResizeObserver;
}

/** A promise and the function that fulfils it. */
interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((fulfil) => (resolve = fulfil));
  return { promise, resolve };
}

/**
 * Keeps the map from zooming out so far that the world is lower than the frame, which would then
 * show empty bands above and below it (the world is 256 px high at zoom 0).
 */
function keepWorldFillingHeight(map: L.Map) {
  const height = Math.max(map.getSize().y, 1);
  map.setMinZoom(Math.max(1, Math.ceil(Math.log2(height / 256))));
}

/**
 * Removes a map as soon as it is still. Leaflet ends a zoom animation with a timer that moves the
 * map's panes, and fails if they are gone by then; while that animation runs, its map pane has
 * the class leaflet-zoom-anim.
 */
function removeWhenStill(map: L.Map) {
  const zooming = () => map.getPane('mapPane')?.classList.contains('leaflet-zoom-anim') ?? false;
  const removeIfStill = () => {
    if (!zooming()) {
      map.off('zoomend', removeIfStill);
      map.remove();
    }
  };
  map.on('zoomend', removeIfStill);
  removeIfStill();
}

/**
 * A Leaflet map of places, fully offline unless a tile URL is set: country outlines with their
 * names, US state borders, names of large towns and of the mentioned places as one zooms in,
 * clustered circles sized by mentions, or countries shaded by mentions, and a legend. The server
 * sends its state with applyState; the element answers with events that carry ids only:
 * 'marker-click' {placeId}, 'country-click' {countryCode}, and 'viewport-change' {lat, lon, zoom}
 * after a person (not the server) moved the map. Names are put into the page as text, never as
 * HTML. The Leaflet map lives while the element is connected: it is released on disconnect and
 * built again from the kept state when the element is attached again.
 */
@customElement('place-map')
export class PlaceMap extends LitElement {
  static styles = [unsafeCSS(leafletCss), mapStyles];

  /** Background tile URL template; empty means country outlines only. */
  @property({ type: String }) tileUrl = '';
  @property({ type: String }) tileAttribution = '';
  /** Where the names of large towns come from (relative to the page's base); empty for none. */
  @property({ type: String }) townsUrl = '';

  private places: Place[] = [];
  private selectedId: number | null = null;
  private mode: MapMode = 'markers';
  private shading: Shading = { classes: [], byCode: new Map() };
  private parts?: LeafletParts;
  /** Settles when parts are next built; calls that arrive before that wait for it. */
  private built = deferred<LeafletParts>();
  /** Where a released map looked, so that a map built again for the same element looks the same. */
  private lastView?: { center: L.LatLng; zoom: number };
  /** Set during a move the map makes itself (fit, select, resize): its moveend is not a person's. */
  private movingOurselves = false;
  private viewportTimer?: ReturnType<typeof setTimeout>;
  /** Set while a state payload is applied: it draws once, at its end, whatever moves it makes. */
  private applying = false;
  /** A drawing of the names alone, asked for by data that arrived (outlines, towns), waiting for the next frame. */
  private namesFrame?: number;

  protected firstUpdated() {
    this.build();
  }

  connectedCallback() {
    super.connectedCallback();
    // the first connection builds in firstUpdated, when the server has set the properties
    if (this.hasUpdated) {
      this.build();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.release();
  }

  /** What the server sends before each response (JSON text or parsed): only the keys that changed. */
  async applyState(payload: MapState | string) {
    const state: MapState = typeof payload === 'string' ? (JSON.parse(payload) as MapState) : payload;
    const parts = await this.whenBuilt();
    if (parts !== this.parts) {
      return;
    }
    this.applying = true;
    try {
      this.apply(parts, state);
    } finally {
      this.applying = false;
    }
    this.draw(parts);
  }

  private apply(parts: LeafletParts, state: MapState) {
    if (state.places !== undefined) {
      this.places = decodePlaces(state.places);
      parts.markers.setPlaces(this.places);
    }
    if (state.shading !== undefined) {
      this.shading = decodeShading(state.shading);
      parts.countries.setShading(this.shading);
    }
    if (state.mode !== undefined) {
      this.mode = state.mode;
      this.showMode(parts);
    }
    if (state.fit) {
      this.fitToPlaces(parts);
    } else if (state.view) {
      this.moveOurselves(() => parts.map.setView([state.view!.lat, state.view!.lon], state.view!.zoom, { animate: false }));
    }
    if (state.selected !== undefined) {
      this.select(parts, state.selected);
    }
    parts.legend.show(this.mode, this.shading);
  }

  /** Highlights one place and brings it into view, out of any cluster; null clears the selection. */
  async selectPlace(placeId: number | null) {
    const parts = await this.whenBuilt();
    if (parts === this.parts) {
      this.select(parts, placeId);
      this.draw(parts);
    }
  }

  /** Where the map looks now, as a viewport-change event would say it. */
  get view(): MapView | undefined {
    const map = this.parts?.map;
    return map ? PlaceMap.viewOf(map) : undefined;
  }

  private select(parts: LeafletParts, placeId: number | null) {
    this.selectedId = placeId;
    parts.markers.setSelected(placeId);
    const place = placeId === null ? undefined : parts.markers.place(placeId);
    if (!place || this.mode !== 'markers') {
      return;
    }
    const zoom = Math.max(parts.map.getZoom(), parts.markers.zoomShowing(place.id));
    const inner = parts.map.getBounds().pad(-0.1);
    if (zoom > parts.map.getZoom() || !inner.contains([place.lat, place.lon])) {
      this.moveOurselves(() => parts.map.setView([place.lat, place.lon], zoom, { animate: false }));
    }
  }

  private fitToPlaces(parts: LeafletParts) {
    const places = this.places;
    this.moveOurselves(() => {
      if (places.length === 0) {
        parts.map.setView([20, 10], 2, { animate: false });
      } else if (places.length === 1) {
        parts.map.setView([places[0].lat, places[0].lon], 5, { animate: false });
      } else {
        const bounds = L.latLngBounds(places.map((p) => L.latLng(p.lat, p.lon)));
        parts.map.fitBounds(bounds, { padding: [40, 40], maxZoom: 6, animate: false });
      }
    });
  }

  private showMode(parts: LeafletParts) {
    parts.markers.setVisible(this.mode === 'markers');
    parts.countries.setMode(this.mode);
    parts.container.classList.toggle('countries-mode', this.mode === 'countries');
  }

  /**
   * Runs a move of the map's own, without animation, so that its moveend comes before this
   * returns and fires no viewport-change.
   */
  private moveOurselves(move: () => void) {
    this.movingOurselves = true;
    try {
      move();
    } finally {
      this.movingOurselves = false;
    }
  }

  private moved(parts: LeafletParts) {
    if (!this.applying) {
      this.draw(parts);
    }
    if (this.movingOurselves) {
      return;
    }
    clearTimeout(this.viewportTimer);
    this.viewportTimer = setTimeout(() => {
      if (parts === this.parts) {
        this.dispatchEvent(new CustomEvent('viewport-change', { detail: PlaceMap.viewOf(parts.map) }));
      }
    }, VIEWPORT_DEBOUNCE_MS);
  }

  private static viewOf(map: L.Map): MapView {
    const center = map.getCenter();
    return { lat: center.lat, lon: center.lng, zoom: Math.round(map.getZoom()) };
  }

  /** Circles for what is in view, then the names that fit around them. */
  private draw(parts: LeafletParts) {
    parts.markers.draw();
    this.drawNames(parts);
  }

  /** Names again in the next frame, once however many lists arrive in it; the circles stay. */
  private drawNamesSoon() {
    if (this.namesFrame === undefined) {
      this.namesFrame = requestAnimationFrame(() => {
        this.namesFrame = undefined;
        if (this.parts) {
          this.drawNames(this.parts);
        }
      });
    }
  }

  private drawNames(parts: LeafletParts) {
    const drawn = parts.markers.drawnItems;
    const placeNames: LabelCandidate[] = drawn.filter((item) => item.place).map(({ place, latlng, radius }) => ({
      text: place!.name, latlng, kind: 'place', besideRadius: radius,
      rank: place!.id === this.selectedId ? 1000 : 300 + 20 * Math.log10(place!.mentions),
    }));
    const obstacles = drawn.map(({ latlng, radius }) => {
      const at = parts.map.latLngToContainerPoint(latlng);
      return { left: at.x - radius, top: at.y - radius, right: at.x + radius, bottom: at.y + radius };
    });
    const background = this.tileUrl ? [] : [...parts.countries.labels(), ...parts.towns.labels(parts.map)];
    parts.labels.draw([...placeNames, ...background], obstacles);
  }

  private whenBuilt(): Promise<LeafletParts> {
    return this.parts ? Promise.resolve(this.parts) : this.built.promise;
  }

  private build() {
    if (this.parts) {
      return;
    }
    // a new container each time: a released map may still be finishing an animation in the old one
    const container = document.createElement('div');
    container.id = 'map';
    this.renderRoot.appendChild(container);
    const maxZoom = this.tileUrl ? 18 : OFFLINE_MAX_ZOOM;
    const map = L.map(container, {
      minZoom: 1, maxZoom, zoomSnap: 1, worldCopyJump: false,
      // a little beyond the antimeridian, where Russia's and Fiji's outlines continue
      maxBounds: L.latLngBounds([-85, -200], [85, 220]), maxBoundsViscosity: 0.7,
    }).setView([20, 10], 2);
    map.attributionControl.setPrefix(false);
    keepWorldFillingHeight(map);
    const redraw = () => this.drawNamesSoon();
    const parts: LeafletParts = {
      container, map,
      countries: new CountryLayer(map, { countryChosen: (code) => this.fire('country-click', { countryCode: code }), loaded: redraw },
        !!this.tileUrl),
      markers: new MarkerLayer(map, this.renderRoot as ShadowRoot, {
        placeChosen: (placeId) => this.fire('marker-click', { placeId }),
      }, maxZoom),
      labels: new LabelLayer(map),
      towns: new TownNames(this.townsUrl, redraw),
      legend: new Legend(),
      resizes: new ResizeObserver(() => this.moveOurselves(() => {
        map.invalidateSize();
        keepWorldFillingHeight(map);
      })),
    };
    this.parts = parts;
    this.drawBackground(map);
    parts.legend.addTo(map);
    parts.resizes.observe(container);
    map.on('moveend', () => this.moved(parts));
    parts.markers.setPlaces(this.places);
    parts.markers.setSelected(this.selectedId);
    parts.countries.setShading(this.shading);
    this.showMode(parts);
    parts.legend.show(this.mode, this.shading);
    if (this.lastView) {
      this.moveOurselves(() => map.setView(this.lastView!.center, this.lastView!.zoom, { animate: false }));
    }
    this.draw(parts);
    this.built.resolve(parts);
  }

  private fire(type: string, detail: object) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  private drawBackground(map: L.Map) {
    if (this.tileUrl) {
      L.tileLayer(this.tileUrl, { attribution: this.tileAttribution, maxZoom: 18 }).addTo(map);
    } else {
      map.attributionControl.addAttribution(
        'Outlines © Natural Earth; US states: US Census Bureau; towns: GeoNames (CC BY 4.0)');
    }
  }

  private release() {
    const parts = this.parts;
    if (!parts) {
      return;
    }
    this.parts = undefined;
    this.built = deferred<LeafletParts>();
    clearTimeout(this.viewportTimer);
    if (this.namesFrame !== undefined) {
      cancelAnimationFrame(this.namesFrame);
      this.namesFrame = undefined;
    }
    this.lastView = { center: parts.map.getCenter(), zoom: parts.map.getZoom() };
    parts.resizes.disconnect();
    parts.markers.destroy();
    parts.countries.destroy();
    parts.labels.clear();
    parts.container.remove();
    // map.remove() takes every layer off with its event handlers, and Leaflet's window listeners
    removeWhenStill(parts.map);
  }
}
