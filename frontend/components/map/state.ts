/**
 * The server's payloads and the places they carry. Mirrors org.newsatlas.map: PlaceMap.takeChanges
 * (MapState), MarkerTable and ShadingTable.
 */

/** One place as the map uses it. */
export interface Place {
  id: number;
  name: string;
  lat: number;
  lon: number;
  mentions: number;
  country: string;
  kind: string;
  /** All or most of its mentions under the filter are in doubt (org.newsatlas.places.Doubt). */
  uncertain: boolean;
}

/** [id, name, lat, lon, mentions, index into countries, index into kinds, 1 only for an uncertain place] */
export type MarkerRow = [number, string, number, number, number, number, number, number?];

export interface MarkerTable {
  countries: string[];
  kinds: string[];
  rows: MarkerRow[];
}

/** [ISO alpha-2 code, name, mentions, index into classes or -1] */
export type ShadeRow = [string, string, number, number];

export interface ShadingTable {
  /** [from, to] mentions, both inclusive, lowest first. */
  classes: [number, number][];
  countries: ShadeRow[];
}

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export type MapMode = 'markers' | 'countries';

/** One state payload: absent keys are unchanged. */
export interface MapState {
  places?: MarkerTable;
  shading?: ShadingTable;
  mode?: MapMode;
  view?: MapView | null;
  fit?: boolean;
  selected?: number | null;
}

export function decodePlaces(table: MarkerTable): Place[] {
  return table.rows.map(([id, name, lat, lon, mentions, country, kind, uncertain]) => ({
    id, name, lat, lon, mentions, country: table.countries[country] ?? '', kind: table.kinds[kind] ?? '',
    uncertain: uncertain === 1,
  }));
}

/** One country of the shading. */
export interface Shade {
  code: string;
  name: string;
  mentions: number;
  /** Index into the classes; -1 for none. */
  shadeClass: number;
}

export interface Shading {
  classes: [number, number][];
  byCode: Map<string, Shade>;
}

export function decodeShading(table: ShadingTable): Shading {
  return {
    classes: table.classes,
    byCode: new Map(table.countries.map(([code, name, mentions, shadeClass]) =>
      [code, { code, name, mentions, shadeClass }])),
  };
}

/** What a marker says to screen readers and in its tooltip about a place whose reading is in doubt. */
export const UNCERTAIN_TEXT = 'uncertain reading';

export function mentionsText(count: number): string {
  return `${count.toLocaleString('en')} mention${count === 1 ? '' : 's'}`;
}
