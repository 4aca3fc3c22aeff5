import L from 'leaflet';
import type { LabelCandidate } from './label-layer.js';

/** [name, lat, lon], most populous first; mirrors map.api.TownLabels. */
type TownRow = [string, number, number];

/** The zoom levels the server has towns for (map.api.TownTiers). */
const FIRST_ZOOM = 3;
const LAST_ZOOM = 8;

/** Per page and zoom level: each level's towns are fetched once, for every map. */
const fetched = new Map<string, Promise<TownRow[]>>();

function townsAt(url: string, zoom: number): Promise<TownRow[]> {
  const key = `${url}?zoom=${zoom}`;
  let towns = fetched.get(key);
  if (!towns) {
    towns = fetch(new URL(key, document.baseURI)).then((response) => {
      if (!response.ok) {
        throw new Error(`${key}: ${response.status}`);
      }
      return response.json() as Promise<TownRow[]>;
    });
    towns.catch(() => fetched.delete(key));
    fetched.set(key, towns);
  }
  return towns;
}

/**
 * The names of large towns from the bundled GeoNames cities: fewer and larger at a world view,
 * more as one zooms in. Lists arrive per zoom level; until a level's list is there, its towns
 * are simply not drawn, and the callback asks for a new draw when it comes.
 */
export class TownNames {
  private readonly levels = new Map<number, TownRow[]>();

  constructor(private readonly url: string, private readonly arrived: () => void) {
  }

  labels(map: L.Map): LabelCandidate[] {
    if (!this.url) {
      return [];
    }
    const zoom = Math.min(Math.floor(map.getZoom()), LAST_ZOOM);
    const view = map.getBounds();
    const labels: LabelCandidate[] = [];
    for (let level = FIRST_ZOOM; level <= zoom; level++) {
      const towns = this.levels.get(level);
      if (!towns) {
        this.request(level);
        continue;
      }
      towns.forEach(([name, lat, lon], i) => {
        if (view.contains([lat, lon])) {
          // larger towns (earlier levels, earlier in a level) first
          labels.push({ text: name, latlng: L.latLng(lat, lon), kind: 'town', rank: 200 - 10 * level - i / towns.length });
        }
      });
    }
    return labels;
  }

  private request(level: number) {
    townsAt(this.url, level).then((towns) => {
      if (!this.levels.has(level)) {
        this.levels.set(level, towns);
        this.arrived();
      }
    }).catch((e) => console.warn('place-map: could not load towns', e));
  }
}
