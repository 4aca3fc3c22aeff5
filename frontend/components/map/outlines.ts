import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// from our own server, never from the internet
import countriesUrl from 'world-atlas/countries-50m.json?url';
import statesUrl from 'us-atlas/states-10m.json?url';
import { CODE_BY_ID, CODE_BY_NAME } from './country-codes.js';
import { type Shape, shapesOf } from './shapes.js';

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

export interface Countries {
  outlines: FeatureCollection;
  shapes: Map<Feature, Shape>;
}

/** The ISO alpha-2 code of a world-atlas outline, if it has one (see country-codes.ts). */
export function countryCode(outline: Feature): string | undefined {
  const name = String(outline.properties?.name ?? '');
  return (outline.id !== undefined ? CODE_BY_ID[String(outline.id)] : undefined) ?? CODE_BY_NAME[name];
}

async function topology<T extends string>(url: string): Promise<Topology<Record<T, GeometryCollection>>> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`${url}: ${response.status}`);
  }
  return response.json() as Promise<Topology<Record<T, GeometryCollection>>>;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    // a failed load is tried again next time
    loaded.catch(() => (loaded = undefined));
    return loaded;
  };
}

/**
 * GeoNames' country names by alpha-2 code, from our server (map.api.CountryNameController), so that
 * the map names countries as the lists do ("Türkiye"); without them, Natural Earth's names.
 */
async function geoNamesCountryNames(): Promise<Record<string, string>> {
  try {
    const response = await fetch(new URL('api/map/country-names', document.baseURI));
    return response.ok ? await response.json() as Record<string, string> : {};
  } catch {
    return {};
  }
}

/** Fetched and prepared once per page, for every map on it. */
export const loadCountries = once(async (): Promise<Countries> => {
  const [world, names] = await Promise.all([topology<'countries'>(countriesUrl), geoNamesCountryNames()]);
  const outlines = feature(world, world.objects.countries);
  unwrapAntimeridian(outlines);
  const nameOf = (outline: Feature) => {
    const code = countryCode(outline);
    return (code ? names[code] : undefined) ?? String(outline.properties?.name ?? '');
  };
  return { outlines, shapes: shapesOf(outlines, nameOf) };
});

export interface States {
  /** The borders between two states (the coast is the country outline's). */
  borders: MultiLineString;
  shapes: Map<Feature, Shape>;
}

/** US states from us-atlas: the only first-order divisions with outlines in a package we may bundle. */
export const loadStates = once(async (): Promise<States> => {
  const us = await topology<'states'>(statesUrl);
  const states = feature(us, us.objects.states);
  return {
    borders: mesh(us, us.objects.states, (a, b) => a !== b),
    shapes: shapesOf(states, (state) => String(state.properties?.name ?? '')),
  };
});
