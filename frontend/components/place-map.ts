/// <reference types="vite/client" />
// Vite's client types declare the ?inline (file content) and ?url (address of the bundled file) imports.
import { LitElement, css, unsafeCSS } from 'lit';
import { customElement, property } from 'lit/decorators.js';
// The default export is Leaflet's own, extensible object; leaflet.markercluster adds to it (it is
// a classic plugin that finds Leaflet as L, where Leaflet's UMD build puts itself on loading).
import L from 'leaflet';
import 'leaflet.markercluster';
import type { FeatureCollection, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?inline';
import clusterDefaultCss from 'leaflet.markercluster/dist/MarkerCluster.Default.css?inline';
// outlines come from our own server, never from the internet
import countriesUrl from 'world-atlas/countries-50m.json?url';

/** One marker; mirrors the Java record org.newsatlas.map.MapMarker. */
export interface MapMarker {
  id: number;
  name: string;
  lat: number;
  lon: number;
  mentionCount: number;
  countryName: string;
  featureLabel: string;
}

/** A place's marker and the dot that draws it. */
interface PlaceLayer {
  marker: L.Marker;
  dot: HTMLElement;
}

/** What a connected element builds, and releases again when it is disconnected. */
interface LeafletParts {
  container: HTMLElement;
  map: L.Map;
  clusters: L.MarkerClusterGroup;
  resizes: ResizeObserver;
  /** By place id. */
  markers: Map<number, PlaceLayer>;
}

/**
 * Leaflet joins consecutive points with straight lines, so a ring that crosses the antimeridian
 * (Russia, Fiji) would draw a line across the whole world. Continue such rings past ±180° instead.
 * Edges along the poles (Antarctica) are left alone.
 */
function unwrapAntimeridian(collection: FeatureCollection) {
  const unwrapRing = (ring: Position[]) => {
    let shift = 0;
    for (let i = 1; i < ring.length; i++) {
      const [lon, lat] = ring[i];
      const previous = ring[i - 1];
      const jump = lon + shift - previous[0];
      if (Math.abs(jump) > 180 && Math.abs(lat) < 89 && Math.abs(previous[1]) < 89) {
        shift -= Math.sign(jump) * 360;
      }
      ring[i] = [lon + shift, lat];
    }
  };
  for (const { geometry } of collection.features) {
    const polygons = geometry?.type === 'Polygon' ? [geometry.coordinates]
      : geometry?.type === 'MultiPolygon' ? geometry.coordinates : [];
    polygons.forEach((polygon) => polygon.forEach(unwrapRing));
  }
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

type CountriesTopology = Topology<{ countries: GeometryCollection }>;

/** Fetched and prepared once per page, for every map on it; a failed load is tried again next time. */
let countries: Promise<FeatureCollection> | undefined;

function loadCountries(): Promise<FeatureCollection> {
  countries ??= fetch(countriesUrl)
    .then((response) => response.json() as Promise<CountriesTopology>)
    .then((topology) => {
      const collection = feature(topology, topology.objects.countries);
      unwrapAntimeridian(collection);
      return collection;
    });
  countries.catch(() => (countries = undefined));
  return countries;
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

/** The server's state payload (PlaceMap.java sync): absent keys are unchanged. */
export interface MapState {
  places?: MapMarker[];
  shading?: { countryCode: string; name: string; mentions: number }[];
  mode?: 'markers' | 'countries';
  view?: { lat: number; lon: number; zoom: number } | null;
  fit?: boolean;
  selected?: number | null;
}

export function markerRadius(mentionCount: number): number {
  return 6 + 4 * Math.sqrt(Math.max(1, mentionCount));
}

/**
 * A Leaflet map of places. The server sends the whole list of markers at once with setPlaces
 * and may select one with selectPlace; a click on a marker fires 'marker-click' with the place id
 * only. Names are put into the page as text, never as HTML. The Leaflet map lives while the
 * element is connected: it is released on disconnect and built again from the kept places and
 * selection when the element is attached again.
 */
@customElement('place-map')
export class PlaceMap extends LitElement {
  static styles = [
    unsafeCSS(leafletCss),
    unsafeCSS(clusterCss),
    unsafeCSS(clusterDefaultCss),
    css`
      /* own stacking context: Leaflet panes (z-index 400+) must stay under dialogs and overlays */
      :host { display: block; position: relative; z-index: 0; isolation: isolate; min-height: 200px; }
      #map { position: absolute; inset: 0; background: #cfe0ec; }
      .place-marker {
        box-sizing: border-box;
        border-radius: 50%;
        background: rgba(196, 58, 49, 0.88);
        border: 2px solid #fff;
        box-shadow: 0 0 0 1px rgba(120, 20, 20, 0.6);
        cursor: pointer;
      }
      .place-marker:hover { background: rgba(224, 80, 60, 0.9); }
      .place-marker.selected {
        background: rgba(255, 176, 0, 0.95);
        box-shadow: 0 0 0 3px rgba(40, 40, 40, 0.8);
      }
      .leaflet-div-icon { background: transparent; border: none; }
    `,
  ];

  /** Background tile URL template; empty means country outlines only. */
  @property({ type: String }) tileUrl = '';
  @property({ type: String }) tileAttribution = '';

  private places: MapMarker[] = [];
  private selectedId: number | null = null;
  private parts?: LeafletParts;
  /** Settles when parts are next built; calls that arrive before that wait for it. */
  private built = deferred<LeafletParts>();
  /** Where a released map looked, so that a map built again for the same element looks the same. */
  private lastView?: { center: L.LatLng; zoom: number };

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

  /**
   * What the server sends before each response: only the keys that changed. Places and the
   * selection are drawn here; shading, mode and view are carried for the dashboard's map.
   */
  async applyState(state: MapState) {
    if (state.places !== undefined) {
      await this.setPlaces(state.places);
    }
    if (state.selected !== undefined) {
      await this.selectPlace(state.selected);
    }
  }

  /** Replaces all markers; called by the server with the JSON of a MapMarker list. */
  async setPlaces(places: MapMarker[] | string) {
    this.places = typeof places === 'string' ? (JSON.parse(places) as MapMarker[]) : places;
    const parts = await this.whenBuilt();
    if (parts === this.parts) {
      this.renderMarkers(parts, true);
    }
  }

  /** Highlights one place and brings it into view; null clears the selection. */
  async selectPlace(placeId: number | null) {
    this.selectedId = placeId;
    const parts = await this.whenBuilt();
    if (parts !== this.parts) {
      return;
    }
    parts.markers.forEach((placeLayer, id) => PlaceMap.styleMarker(placeLayer, id === placeId));
    const marker = placeId == null ? undefined : parts.markers.get(placeId)?.marker;
    if (marker) {
      parts.clusters.zoomToShowLayer(marker, () => {
        if (parts === this.parts) {
          parts.map.panTo(marker.getLatLng());
        }
      });
    }
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
    const map = L.map(container, {
      minZoom: 1,
      maxZoom: this.tileUrl ? 18 : 10,
      worldCopyJump: false,
      zoomSnap: 0.5,
      attributionControl: true,
    }).setView([20, 10], 2);
    const clusters = L.markerClusterGroup({
      maxClusterRadius: 40,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
    });
    map.addLayer(clusters);
    const resizes = new ResizeObserver(() => map.invalidateSize());
    resizes.observe(container);
    this.parts = { container, map, clusters, resizes, markers: new Map() };
    this.drawBackground(map);
    this.renderMarkers(this.parts, !this.lastView);
    if (this.lastView) {
      map.setView(this.lastView.center, this.lastView.zoom, { animate: false });
    }
    this.built.resolve(this.parts);
  }

  private drawBackground(map: L.Map) {
    map.attributionControl.setPrefix(false);
    if (this.tileUrl) {
      L.tileLayer(this.tileUrl, { attribution: this.tileAttribution, maxZoom: 18 }).addTo(map);
    } else {
      map.attributionControl.addAttribution('Outlines © Natural Earth');
      this.drawOutlines(map);
    }
  }

  private release() {
    const parts = this.parts;
    if (!parts) {
      return;
    }
    this.parts = undefined;
    this.built = deferred<LeafletParts>();
    this.lastView = { center: parts.map.getCenter(), zoom: parts.map.getZoom() };
    parts.resizes.disconnect();
    parts.container.remove();
    // map.remove() takes every layer off with its event handlers, and Leaflet's window listeners
    removeWhenStill(parts.map);
  }

  private async drawOutlines(map: L.Map) {
    try {
      const outlines = await loadCountries();
      if (this.parts?.map !== map) {
        return;
      }
      L.geoJSON(outlines, {
        interactive: false,
        style: { color: '#8c8c8c', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 },
      }).addTo(map).bringToBack();
    } catch (e) {
      console.warn('place-map: could not load country outlines', e);
    }
  }

  private renderMarkers(parts: LeafletParts, fit: boolean) {
    parts.clusters.clearLayers();
    parts.markers.clear();
    const markers = this.places.map((place) => {
      const placeLayer = this.createMarker(place);
      parts.markers.set(place.id, placeLayer);
      return placeLayer.marker;
    });
    parts.clusters.addLayers(markers);
    if (fit && this.places.length > 0) {
      const bounds = L.latLngBounds(this.places.map((p) => L.latLng(p.lat, p.lon)));
      if (this.places.length === 1) {
        parts.map.setView(bounds.getCenter(), 5);
      } else {
        parts.map.fitBounds(bounds, { padding: [40, 40], maxZoom: 6 });
      }
    }
  }

  private createMarker(place: MapMarker): PlaceLayer {
    const size = Math.round(2 * markerRadius(place.mentionCount));
    const dot = document.createElement('div');
    dot.className = 'place-marker' + (place.id === this.selectedId ? ' selected' : '');
    dot.dataset.placeId = String(place.id);
    dot.style.width = `${size}px`;
    dot.style.height = `${size}px`;
    const icon = L.divIcon({ html: dot, className: 'leaflet-div-icon', iconSize: [size, size] });
    const marker = L.marker([place.lat, place.lon], { icon, keyboard: true, title: place.name });
    marker.bindTooltip(PlaceMap.tooltip(place), { direction: 'top', offset: [0, -size / 2] });
    marker.on('click', () => {
      this.dispatchEvent(new CustomEvent('marker-click', { detail: { placeId: place.id } }));
    });
    return { marker, dot };
  }

  private static styleMarker({ marker, dot }: PlaceLayer, selected: boolean) {
    dot.classList.toggle('selected', selected);
    marker.setZIndexOffset(selected ? 1000 : 0);
  }

  private static tooltip(place: MapMarker): HTMLElement {
    const box = document.createElement('div');
    const name = document.createElement('strong');
    name.textContent = place.name;
    box.append(name);
    const details = [place.featureLabel, place.countryName].filter((s) => !!s).join(', ');
    const line = document.createElement('div');
    line.textContent = `${details}${details ? ' · ' : ''}${place.mentionCount} mention${place.mentionCount === 1 ? '' : 's'}`;
    box.append(line);
    return box;
  }
}
