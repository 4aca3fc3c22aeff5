import L from 'leaflet';
import { CountryLayer } from './country-layer.js';
import { type LabelCandidate, LabelLayer } from './label-layer.js';
import { Legend } from './legend.js';
import { MarkerLayer } from './marker-layer.js';
import { TownNames } from './towns.js';

/**
 * Without tiles the map has outlines, borders and names only; past this zoom a frame would hold
 * little more than one colour, so it stops here.
 */
const OFFLINE_MAX_ZOOM = 9;

/** What a connected place-map builds, and releases again when it is disconnected. */
export interface LeafletParts {
  container: HTMLElement;
  map: L.Map;
  markers: MarkerLayer;
  countries: CountryLayer;
  labels: LabelLayer;
  towns: TownNames;
  legend: Legend;
  resizes: ResizeObserver;
}

/** Where the background comes from: tiles if a URL is set, else the bundled outlines and the server's towns. */
export interface Background {
  tileUrl: string;
  tileAttribution: string;
  townsUrl: string;
}

/** What the parts tell the element. */
export interface PartsEvents {
  fire: (type: string, detail: object) => void;
  /** Outlines or towns arrived: the names can be drawn again. */
  namesArrived: () => void;
  /** Runs a move of the map's own, one that is not reported as a person's. */
  moveOurselves: (move: () => void) => void;
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

/** A Leaflet map with its layers and legend in a new container in root, at a world view. */
export function buildParts(root: ShadowRoot, background: Background, events: PartsEvents): LeafletParts {
  // a new container each time: a released map may still be finishing an animation in the old one
  const container = document.createElement('div');
  container.id = 'map';
  root.appendChild(container);
  const maxZoom = background.tileUrl ? 18 : OFFLINE_MAX_ZOOM;
  const map = L.map(container, {
    minZoom: 1, maxZoom, zoomSnap: 1, worldCopyJump: false,
    // a little beyond the antimeridian, where Russia's and Fiji's outlines continue
    maxBounds: L.latLngBounds([-85, -200], [85, 220]), maxBoundsViscosity: 0.7,
  }).setView([20, 10], 2);
  map.attributionControl.setPrefix(false);
  keepWorldFillingHeight(map);
  const parts: LeafletParts = {
    container, map,
    countries: new CountryLayer(map, {
      countryChosen: (code) => events.fire('country-click', { countryCode: code }), loaded: events.namesArrived,
    }, !!background.tileUrl),
    markers: new MarkerLayer(map, root, { placeChosen: (placeId) => events.fire('marker-click', { placeId }) }, maxZoom),
    labels: new LabelLayer(map),
    towns: new TownNames(background.townsUrl, events.namesArrived),
    legend: new Legend(),
    resizes: new ResizeObserver(() => events.moveOurselves(() => {
      map.invalidateSize();
      keepWorldFillingHeight(map);
    })),
  };
  if (background.tileUrl) {
    L.tileLayer(background.tileUrl, { attribution: background.tileAttribution, maxZoom: 18 }).addTo(map);
  } else {
    map.attributionControl.addAttribution('Outlines © Natural Earth; US states: US Census Bureau; towns: GeoNames (CC BY 4.0)');
  }
  parts.legend.addTo(map);
  parts.resizes.observe(container);
  return parts;
}

/**
 * Names for what is in view, placed around the circles drawn: the places' own (the selected one
 * first), then, without tiles, the countries', US states' and towns'.
 */
export function drawNames(parts: LeafletParts, selectedId: number | null, withBackground: boolean) {
  const drawn = parts.markers.drawnItems;
  const placeNames: LabelCandidate[] = drawn.filter((item) => item.place).map(({ place, latlng, radius }) => ({
    text: place!.name, latlng, kind: 'place', besideRadius: radius,
    rank: place!.id === selectedId ? 1000 : 300 + 20 * Math.log10(place!.mentions),
  }));
  const obstacles = drawn.map(({ latlng, radius }) => {
    const at = parts.map.latLngToContainerPoint(latlng);
    return { left: at.x - radius, top: at.y - radius, right: at.x + radius, bottom: at.y + radius };
  });
  const background = withBackground ? [...parts.countries.labels(), ...parts.towns.labels(parts.map)] : [];
  parts.labels.draw([...placeNames, ...background], obstacles);
}

/** Takes the map out of the page with every listener it added. */
export function releaseParts(parts: LeafletParts) {
  parts.resizes.disconnect();
  parts.markers.destroy();
  parts.countries.destroy();
  parts.labels.clear();
  parts.container.remove();
  // map.remove() takes every layer off with its event handlers, and Leaflet's window listeners
  removeWhenStill(parts.map);
}
