/// <reference types="vite/client" />
// Vite's client types declare the ?inline (file content) and ?url (address of the bundled file) imports.
import { LitElement, unsafeCSS } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import L from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { type LeafletParts, buildParts, drawNames, releaseParts } from './map/leaflet-parts.js';
import { mapStyles } from './map/map-styles.js';
import { type MapMode, type MapState, type MapView, type Place, type Shading, decodePlaces, decodeShading } from './map/state.js';

export type { MapState, Place } from './map/state.js';
export { markerRadius } from './map/symbols.js';

/** A person's moves are reported once they pause, not at every step of a drag. */
const VIEWPORT_DEBOUNCE_MS = 400;

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
    drawNames(parts, this.selectedId, !this.tileUrl);
  }

  private whenBuilt(): Promise<LeafletParts> {
    return this.parts ? Promise.resolve(this.parts) : this.built.promise;
  }

  private build() {
    if (this.parts) {
      return;
    }
    const parts = buildParts(this.renderRoot as ShadowRoot, this, {
      fire: (type, detail) => this.dispatchEvent(new CustomEvent(type, { detail })),
      namesArrived: () => this.drawNamesSoon(),
      moveOurselves: (move) => this.moveOurselves(move),
    });
    this.parts = parts;
    const map = parts.map;
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
    releaseParts(parts);
  }
}
