import L from 'leaflet';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, Position } from 'geojson';

/** One polygon of an outline: its outer ring, and its extent. */
interface Part {
  ring: L.LatLng[];
  bounds: L.LatLngBounds;
}

/**
 * An outline (a country, a US state) as the labels need it: its polygons, and where its name
 * sits on a whole-world map with the size it has there, so that a name is shown only from the
 * zoom on which it fits inside.
 */
export interface Shape {
  name: string;
  parts: Part[];
  bounds: L.LatLngBounds;
  /** The point of the largest polygon farthest from its edge (pole of inaccessibility). */
  anchor: L.LatLng;
  /** At zoom 0 (a 256 px world), in px: that point's distance to the edge, and the largest polygon's width and height. */
  radius0: number;
  width0: number;
  height0: number;
}

const WORLD_METRES = 2 * Math.PI * 6378137;

/** Web Mercator pixels of a 256 px world (zoom 0). */
function project(latlng: L.LatLng): L.Point {
  return L.Projection.SphericalMercator.project(latlng).multiplyBy(256 / WORLD_METRES);
}

function unproject(point: L.Point): L.LatLng {
  return L.Projection.SphericalMercator.unproject(point.multiplyBy(WORLD_METRES / 256));
}

function polygonsOf(feature: Feature): Position[][][] {
  const geometry = feature.geometry;
  return geometry?.type === 'Polygon' ? [geometry.coordinates]
    : geometry?.type === 'MultiPolygon' ? geometry.coordinates : [];
}

/**
 * A ring's area in square degrees, unprojected: enough to find a country's largest polygon (the
 * one its name goes in) without projecting every point of every island.
 */
function roughArea(ring: L.LatLng[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j].lng + ring[i].lng) * (ring[j].lat - ring[i].lat);
  }
  return Math.abs(sum / 2);
}

export function shapeOf(feature: Feature, name: string): Shape | undefined {
  const parts = polygonsOf(feature).map((polygon) => {
    const ring = polygon[0].map(([lon, lat]) => L.latLng(lat, lon));
    return { ring, bounds: L.latLngBounds(ring) };
  }).filter((part) => part.ring.length >= 4);
  if (parts.length === 0) {
    return undefined;
  }
  const areas = parts.map((part) => roughArea(part.ring));
  const largest = parts[areas.indexOf(Math.max(...areas))].ring.map(project);
  const extent = L.bounds(largest);
  // a hundredth of the polygon's size: finer costs seconds over 241 countries and moves no name visibly
  const pole = polylabel([largest.map((p): [number, number] => [p.x, p.y])],
    Math.max(extent.getSize().x, extent.getSize().y) / 100);
  const bounds = L.latLngBounds(parts[0].ring);
  parts.forEach((part) => bounds.extend(part.bounds));
  return {
    name, parts, bounds,
    anchor: unproject(L.point(pole[0], pole[1])),
    radius0: pole.distance,
    width0: extent.getSize().x,
    height0: extent.getSize().y,
  };
}

export function shapesOf(collection: FeatureCollection, nameOf: (feature: Feature) => string): Map<Feature, Shape> {
  const shapes = new Map<Feature, Shape>();
  for (const feature of collection.features) {
    const shape = shapeOf(feature, nameOf(feature));
    if (shape) {
      shapes.set(feature, shape);
    }
  }
  return shapes;
}

/** Whether a name this big fits in the shape at this zoom. */
export function fitsAt(shape: Shape, zoom: number, label: L.Point): boolean {
  const scale = 2 ** zoom;
  return label.x <= 0.9 * shape.width0 * scale && label.y <= 0.9 * shape.height0 * scale && shape.radius0 * scale >= 4;
}

/**
 * Where to write a shape's name in the current view: at its anchor when that is in view, else
 * at the point of its visible part farthest from the edges, so that a map zoomed into the middle
 * of a large country still says which country it is. Undefined when too little of it shows.
 */
export function labelPointInView(map: L.Map, shape: Shape, label: L.Point): L.LatLng | undefined {
  const size = map.getSize();
  const inner = L.bounds(label.divideBy(2), size.subtract(label.divideBy(2)));
  if (inner.contains(map.latLngToContainerPoint(shape.anchor))) {
    return shape.anchor;
  }
  const view = L.bounds(L.point(0, 0), size);
  const viewBounds = map.getBounds();
  let best: { point: L.Point; distance: number } | undefined;
  for (const part of shape.parts) {
    if (!viewBounds.intersects(part.bounds)) {
      continue;
    }
    // simplified to a pixel first: a large country's coast has thousands of points at this zoom
    const outline = L.LineUtil.simplify(part.ring.map((latlng) => map.latLngToContainerPoint(latlng)), 1);
    const clipped = L.PolyUtil.clipPolygon(outline, view);
    if (clipped.length < 3) {
      continue;
    }
    const pole = polylabel([clipped.map((p): [number, number] => [p.x, p.y])], label.y / 4);
    if (!best || pole.distance > best.distance) {
      best = { point: L.point(pole[0], pole[1]), distance: pole.distance };
    }
  }
  return best && best.distance >= label.y && 2 * best.distance >= label.x * 0.6
    ? map.containerPointToLatLng(best.point) : undefined;
}
