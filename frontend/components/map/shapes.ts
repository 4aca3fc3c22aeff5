import L from 'leaflet';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, Position } from 'geojson';

/** One polygon of an outline: its outer ring, and its extent. */
interface Part {
  ring: L.LatLng[];
  bounds: L.LatLngBounds;
}

/** Where a name sits on a whole-world map (zoom 0, a 256 px world), and the room it has there. */
interface Placing {
  /** The point of the largest polygon farthest from its edge (pole of inaccessibility). */
  anchor: L.LatLng;
  /** That point's distance to the edge, and the largest polygon's width and height, in px at zoom 0. */
  radius0: number;
  width0: number;
  height0: number;
}

/**
 * An outline (a country, a US state) as the labels need it, so that a name is shown only from
 * the zoom on which it fits inside. Polygons and placing are worked out on first use: a view
 * needs them only for the shapes it reaches, and the page is not held up by all 241 at once.
 */
export class Shape {
  readonly bounds: L.LatLngBounds;
  private partsMade?: Part[];
  private placingMade?: Placing;

  constructor(readonly name: string, private readonly polygons: Position[][][]) {
    let [south, west, north, east] = [90, Infinity, -90, -Infinity];
    for (const [lon, lat] of polygons.flatMap((polygon) => polygon[0])) {
      [south, west, north, east] = [Math.min(south, lat), Math.min(west, lon), Math.max(north, lat), Math.max(east, lon)];
    }
    this.bounds = L.latLngBounds([south, west], [north, east]);
  }

  get parts(): Part[] {
    this.partsMade ??= this.polygons.map((polygon) => {
      const ring = polygon[0].map(([lon, lat]) => L.latLng(lat, lon));
      return { ring, bounds: L.latLngBounds(ring) };
    });
    return this.partsMade;
  }

  get placing(): Placing {
    this.placingMade ??= placingOf(this.parts);
    return this.placingMade;
  }
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

function placingOf(parts: Part[]): Placing {
  const areas = parts.map((part) => roughArea(part.ring));
  const largest = parts[areas.indexOf(Math.max(...areas))].ring.map(project);
  const extent = L.bounds(largest).getSize();
  // a hundredth of the polygon's size: finer costs seconds over 241 countries and moves no name visibly
  const pole = polylabel([largest.map((p): [number, number] => [p.x, p.y])], Math.max(extent.x, extent.y) / 100);
  return { anchor: unproject(L.point(pole[0], pole[1])), radius0: pole.distance, width0: extent.x, height0: extent.y };
}

export function shapesOf(collection: FeatureCollection, nameOf: (feature: Feature) => string): Map<Feature, Shape> {
  const shapes = new Map<Feature, Shape>();
  for (const feature of collection.features) {
    const polygons = polygonsOf(feature).filter((polygon) => polygon[0].length >= 4);
    if (polygons.length > 0) {
      shapes.set(feature, new Shape(nameOf(feature), polygons));
    }
  }
  return shapes;
}

/** Whether a name this big fits in the shape at this zoom. */
export function fitsAt(shape: Shape, zoom: number, label: L.Point): boolean {
  const scale = 2 ** zoom;
  const { width0, height0, radius0 } = shape.placing;
  return label.x <= 0.9 * width0 * scale && label.y <= 0.9 * height0 * scale && radius0 * scale >= 4;
}

/**
 * Where to write a shape's name in the current view: at its anchor when that is in view, else
 * at the point of its visible part farthest from the edges, so that a map zoomed into the middle
 * of a large country still says which country it is. Undefined when too little of it shows.
 */
export function labelPointInView(map: L.Map, shape: Shape, label: L.Point): L.LatLng | undefined {
  const size = map.getSize();
  const inner = L.bounds(label.divideBy(2), size.subtract(label.divideBy(2)));
  const { anchor } = shape.placing;
  if (inner.contains(map.latLngToContainerPoint(anchor))) {
    return anchor;
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
