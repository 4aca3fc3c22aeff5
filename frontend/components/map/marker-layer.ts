import L from 'leaflet';
import Supercluster from 'supercluster';
import type { ClusterFeature, PointFeature } from 'supercluster';
import { type Place, mentionsText } from './state.js';
import { markerButton, onActivate, placeButton, placeTooltip, tooltipWhenAsked } from './marker-buttons.js';
import { clusterClass, clusterRadius, markerRadius } from './symbols.js';

interface PointProps { id: number; mentions: number }
interface ClusterProps { mentions: number }
type Item = ClusterFeature<ClusterProps> | PointFeature<PointProps>;

/** A place or cluster as drawn now: where, how big, and the place if it is one. */
export interface DrawnItem {
  latlng: L.LatLng;
  radius: number;
  place?: Place;
}

export interface MarkerLayerEvents {
  /** A person chose a place, by mouse or keyboard. */
  placeChosen(placeId: number): void;
}

/**
 * The places as circles, clustered by supercluster: the index is built once per list of places
 * (about 100 ms for 20,000), and only what is in view is put in the page as DOM markers, again
 * after every move. Circles and clusters are buttons: Tab reaches them in reading order (top to
 * bottom, left to right), Enter or Space selects a place or opens a cluster, and each has a name
 * for screen readers ("Tripoli, 12 mentions").
 */
export class MarkerLayer {
  private readonly group = L.layerGroup();
  private index?: Supercluster<PointProps, ClusterProps>;
  private readonly places = new Map<number, Place>();
  private selectedId: number | null = null;
  private drawn: DrawnItem[] = [];
  /** Where keyboard focus goes after the next draw: the item nearest to this point. */
  private focusNear?: L.LatLng;
  /** What the markers in the page show (view, places, selection): the same again is not drawn twice. */
  private drawnFor = '';
  private version = 0;

  /** @param root where focus is looked up: the shadow root the map is drawn in */
  constructor(private readonly map: L.Map, private readonly root: DocumentOrShadowRoot,
              private readonly events: MarkerLayerEvents, private readonly maxZoom: number) {
    this.group.addTo(map);
  }

  setPlaces(places: Place[]) {
    this.places.clear();
    places.forEach((place) => this.places.set(place.id, place));
    // clusters stop one level below the map's last, so that there every place stands alone
    const index = new Supercluster<PointProps, ClusterProps>({
      radius: 80, maxZoom: this.maxZoom - 1,
      map: (props) => ({ mentions: props.mentions }),
      reduce: (sum, props) => { sum.mentions += props.mentions; },
    });
    index.load(places.map((place) => ({
      type: 'Feature', properties: { id: place.id, mentions: place.mentions },
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    })));
    this.index = index;
    this.version++;
  }

  get placeList(): Place[] {
    return [...this.places.values()];
  }

  get drawnItems(): DrawnItem[] {
    return this.drawn;
  }

  setSelected(placeId: number | null) {
    this.selectedId = placeId;
  }

  setVisible(visible: boolean) {
    if (visible && !this.map.hasLayer(this.group)) {
      this.group.addTo(this.map);
    } else if (!visible) {
      this.group.remove();
      this.drawn = [];
      this.drawnFor = '';
    }
  }

  /** The lowest zoom at which a place stands alone, not in a cluster. */
  zoomShowing(placeId: number): number {
    const place = this.places.get(placeId);
    if (!place || !this.index) {
      return this.map.getZoom();
    }
    const box: [number, number, number, number] = [place.lon - 1e-6, place.lat - 1e-6, place.lon + 1e-6, place.lat + 1e-6];
    for (let zoom = Math.floor(this.map.getZoom()); zoom < this.maxZoom; zoom++) {
      const alone = this.index.getClusters(box, zoom)
        .some((item) => !('cluster' in item.properties) && item.properties.id === placeId);
      if (alone) {
        return zoom;
      }
    }
    return this.maxZoom;
  }

  place(placeId: number): Place | undefined {
    return this.places.get(placeId);
  }

  /** Puts what is in view into the page; keeps keyboard focus on the same place or nearby. */
  draw() {
    const drawFor = `${this.version} ${this.selectedId} ${this.map.getZoom()} ${this.map.getPixelBounds().min?.toString()} ${this.map.getSize()}`;
    if (!this.index || !this.map.hasLayer(this.group) || drawFor === this.drawnFor) {
      return;
    }
    this.drawnFor = drawFor;
    const active = this.root.activeElement;
    const focusedKey = active instanceof HTMLElement && this.map.getPane('markerPane')?.contains(active)
      ? active.dataset.key : undefined;
    this.group.clearLayers();
    const bounds = this.map.getBounds().pad(0.15);
    const zoom = Math.floor(this.map.getZoom());
    const items = this.index.getClusters([Math.max(-180, bounds.getWest()), Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()), Math.min(85, bounds.getNorth())], zoom);
    const inReadingOrder = items.map((item) => ({ item, at: this.map.latLngToContainerPoint(MarkerLayer.latLng(item)) }))
      .sort((a, b) => Math.round(a.at.y / 40) - Math.round(b.at.y / 40) || a.at.x - b.at.x);
    this.drawn = [];
    const buttons = new Map<string, { button: HTMLElement; latlng: L.LatLng }>();
    for (const { item } of inReadingOrder) {
      const { marker, button, drawn } = 'cluster' in item.properties
        ? this.clusterMarker(item as ClusterFeature<ClusterProps>)
        : this.placeMarker(item as PointFeature<PointProps>);
      marker.addTo(this.group);
      this.drawn.push(drawn);
      buttons.set(button.dataset.key ?? '', { button, latlng: drawn.latlng });
    }
    this.restoreFocus(buttons, focusedKey);
  }

  private restoreFocus(buttons: Map<string, { button: HTMLElement; latlng: L.LatLng }>, focusedKey?: string) {
    let target = focusedKey ? buttons.get(focusedKey)?.button : undefined;
    if (!target && this.focusNear) {
      const near = this.focusNear;
      target = [...buttons.values()].sort((a, b) => a.latlng.distanceTo(near) - b.latlng.distanceTo(near))[0]?.button;
    }
    this.focusNear = undefined;
    target?.focus({ preventScroll: true });
  }

  private static latLng(item: Item): L.LatLng {
    const [lon, lat] = item.geometry.coordinates;
    return L.latLng(lat, lon);
  }

  private placeMarker(item: PointFeature<PointProps>) {
    const place = this.places.get(item.properties.id) as Place;
    const radius = markerRadius(place.mentions);
    const size = Math.round(2 * radius);
    const button = placeButton(place, place.id === this.selectedId, size);
    const latlng = L.latLng(place.lat, place.lon);
    const marker = L.marker(latlng, {
      icon: L.divIcon({ html: button, className: 'map-item', iconSize: [size, size] }),
      keyboard: false, zIndexOffset: place.id === this.selectedId ? 1000 : 0,
    });
    tooltipWhenAsked(button, marker, () => placeTooltip(place), radius);
    const choose = () => this.events.placeChosen(place.id);
    marker.on('click', choose);
    onActivate(button, choose);
    return { marker, button, drawn: { latlng, radius, place } };
  }

  private clusterMarker(item: ClusterFeature<ClusterProps>) {
    const { cluster_id: clusterId, point_count: count, point_count_abbreviated: shortCount, mentions } = item.properties;
    const radius = clusterRadius(count);
    const size = Math.round(2 * radius);
    const button = markerButton(`place-cluster cluster-${clusterClass(mentions)}`, `c${clusterId}`,
      `${count.toLocaleString('en')} places, ${mentionsText(mentions)}; opens the cluster`);
    button.textContent = String(shortCount);
    button.style.width = button.style.height = `${size}px`;
    const latlng = MarkerLayer.latLng(item);
    const marker = L.marker(latlng, {
      icon: L.divIcon({ html: button, className: 'map-item', iconSize: [size, size] }), keyboard: false,
    });
    const open = (byKeyboard: boolean) => {
      const zoom = Math.min(this.index?.getClusterExpansionZoom(clusterId) ?? this.maxZoom, this.maxZoom);
      this.focusNear = byKeyboard ? latlng : undefined;
      this.map.setView(latlng, Math.max(zoom, this.map.getZoom() + 1));
    };
    marker.on('click', () => open(false));
    onActivate(button, () => open(true));
    return { marker, button, drawn: { latlng, radius } };
  }

  destroy() {
    this.group.clearLayers();
    this.group.remove();
    this.index = undefined;
  }
}
