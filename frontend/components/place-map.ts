import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as Leaflet from 'leaflet';
import { feature } from 'topojson-client';
// @ts-ignore Vite turns ?inline into the CSS text
import leafletCss from 'leaflet/dist/leaflet.css?inline';
// @ts-ignore
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?inline';
// @ts-ignore
import clusterDefaultCss from 'leaflet.markercluster/dist/MarkerCluster.Default.css?inline';
// @ts-ignore Vite turns ?url into the URL of the bundled file: outlines come from our own server
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

// leaflet.markercluster is a classic plugin that extends a global L; the ES module namespace is
// frozen, so it gets a copy to extend.
const L: any = ((window as any).L = { ...Leaflet });
const clusterPlugin = import('leaflet.markercluster');

/**
 * Leaflet joins consecutive points with straight lines, so a ring that crosses the antimeridian
 * (Russia, Fiji) would draw a line across the whole world. Continue such rings past ±180° instead.
 * Edges along the poles (Antarctica) are left alone.
 */
function unwrapAntimeridian(collection: any) {
  const unwrapRing = (ring: number[][]) => {
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
  for (const f of collection.features) {
    const g = f.geometry;
    if (!g) continue;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    polygons.forEach((polygon: number[][][]) => polygon.forEach(unwrapRing));
  }
}

export function markerRadius(mentionCount: number): number {
  return 6 + 4 * Math.sqrt(Math.max(1, mentionCount));
}

/**
 * A Leaflet map of places. The server sends the whole list of markers at once with setPlaces
 * and may select one with selectPlace; a click on a marker fires 'marker-click' with the place id
 * only. Names are put into the page as text, never as HTML.
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

  private map?: any;
  private clusters?: any;
  private markers = new Map<number, any>();
  private places: MapMarker[] = [];
  private selectedId: number | null = null;
  private ready?: Promise<void>;

  render() {
    return html`<div id="map"></div>`;
  }

  protected firstUpdated(_changed: PropertyValues) {
    this.ready = this.initMap();
  }

  private async initMap() {
    await clusterPlugin;
    const container = this.renderRoot.querySelector('#map') as HTMLElement;
    const hasTiles = !!this.tileUrl;
    this.map = L.map(container, {
      minZoom: 1,
      maxZoom: hasTiles ? 18 : 10,
      worldCopyJump: false,
      zoomSnap: 0.5,
      attributionControl: true,
    }).setView([20, 10], 2);
    this.map.attributionControl.setPrefix(false);
    if (hasTiles) {
      L.tileLayer(this.tileUrl, { attribution: this.tileAttribution, maxZoom: 18 }).addTo(this.map);
    } else {
      this.map.attributionControl.addAttribution('Outlines © Natural Earth');
      this.loadOutlines();
    }
    this.clusters = L.markerClusterGroup({
      maxClusterRadius: 40,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
    });
    this.map.addLayer(this.clusters);
    new ResizeObserver(() => this.map?.invalidateSize()).observe(container);
    this.renderMarkers(true);
  }

  private async loadOutlines() {
    try {
      const topology = await (await fetch(countriesUrl)).json();
      const countries = feature(topology, topology.objects.countries) as any;
      unwrapAntimeridian(countries);
      L.geoJSON(countries, {
        interactive: false,
        style: { color: '#8c8c8c', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 },
      }).addTo(this.map).bringToBack();
    } catch (e) {
      console.warn('place-map: could not load country outlines', e);
    }
  }

  /** Replaces all markers; called by the server with the JSON of a MapMarker list. */
  async setPlaces(places: MapMarker[] | string) {
    this.places = typeof places === 'string' ? JSON.parse(places) : places;
    await this.untilReady();
    this.renderMarkers(true);
  }

  /** Highlights one place and brings it into view; null clears the selection. */
  async selectPlace(placeId: number | null) {
    this.selectedId = placeId;
    await this.untilReady();
    this.markers.forEach((marker, id) => this.styleMarker(marker, id === placeId));
    const marker = placeId == null ? undefined : this.markers.get(placeId);
    if (marker) {
      this.clusters.zoomToShowLayer(marker, () => this.map.panTo(marker.getLatLng()));
    }
  }

  /** For tests and debugging: the underlying Leaflet map. */
  get leafletMap() {
    return this.map;
  }

  private async untilReady() {
    while (!this.ready) {
      await this.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await this.ready;
  }

  private renderMarkers(fit: boolean) {
    if (!this.map) return;
    this.clusters.clearLayers();
    this.markers.clear();
    const layers = this.places.map((place) => {
      const marker = this.createMarker(place);
      this.markers.set(place.id, marker);
      return marker;
    });
    this.clusters.addLayers(layers);
    if (fit && this.places.length > 0) {
      const bounds = L.latLngBounds(this.places.map((p) => [p.lat, p.lon]));
      if (this.places.length === 1) {
        this.map.setView(bounds.getCenter(), 5);
      } else {
        this.map.fitBounds(bounds, { padding: [40, 40], maxZoom: 6 });
      }
    }
  }

  private createMarker(place: MapMarker) {
    const size = Math.round(2 * markerRadius(place.mentionCount));
    const dot = document.createElement('div');
    dot.className = 'place-marker' + (place.id === this.selectedId ? ' selected' : '');
    dot.dataset.placeId = String(place.id);
    dot.style.width = `${size}px`;
    dot.style.height = `${size}px`;
    const icon = L.divIcon({ html: dot, className: 'leaflet-div-icon', iconSize: [size, size] });
    const marker = L.marker([place.lat, place.lon], { icon, keyboard: true, title: place.name });
    marker.bindTooltip(this.tooltip(place), { direction: 'top', offset: [0, -size / 2] });
    marker.on('click', () => {
      this.dispatchEvent(new CustomEvent('marker-click', { detail: { placeId: place.id } }));
    });
    return marker;
  }

  private styleMarker(marker: any, selected: boolean) {
    const dot = (marker.options.icon.options.html as HTMLElement);
    dot.classList.toggle('selected', selected);
    marker.setZIndexOffset(selected ? 1000 : 0);
  }

  private tooltip(place: MapMarker): HTMLElement {
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
