import L from 'leaflet';

export type LabelKind = 'country' | 'state' | 'town' | 'place';

/** A name the map would like to show; the layer decides which fit. */
export interface LabelCandidate {
  text: string;
  latlng: L.LatLng;
  kind: LabelKind;
  /** Higher is placed first. */
  rank: number;
  /** Drawn to the right of a circle of this radius (px) rather than centred on the point. */
  besideRadius?: number;
}

/** Font and line height of each kind; the same fonts are set in the component's CSS (.map-label). */
const FONTS: Record<LabelKind, { font: string; height: number }> = {
  country: { font: '600 13px Arial, Helvetica, sans-serif', height: 16 },
  state: { font: 'italic 11px Arial, Helvetica, sans-serif', height: 14 },
  town: { font: '11px Arial, Helvetica, sans-serif', height: 14 },
  place: { font: '700 12px Arial, Helvetica, sans-serif', height: 15 },
};

/** A box in container pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.left - gap < b.right && b.left < a.right + gap && a.top - gap < b.bottom && b.top < a.bottom + gap;
}

function rect(left: number, top: number, size: L.Point): Rect {
  return { left, top, right: left + size.x, bottom: top + size.y };
}

/** Space left around each label, so that names do not touch. */
const GAP = 3;
/** A town's dot and the space between it and its name. */
const TOWN_DOT = 8;

let measuring: CanvasRenderingContext2D | null | undefined;
/** Widths by kind and text: the same few thousand names are measured at every move otherwise. */
const widths = new Map<string, number>();

function textWidth(text: string, kind: LabelKind): number {
  const key = `${kind} ${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    measuring ??= document.createElement('canvas').getContext('2d');
    if (measuring) {
      measuring.font = FONTS[kind].font;
    }
    width = measuring ? measuring.measureText(text).width : text.length * 7;
    widths.set(key, width);
  }
  return width;
}

export function labelSize(text: string, kind: LabelKind): L.Point {
  return L.point(Math.ceil(textWidth(text, kind)), FONTS[kind].height);
}

/**
 * The names on the map: after each move, candidates are placed best rank first wherever they fit
 * inside the view without overlapping a placed name or a drawn circle. Names are text nodes, never
 * HTML. While Leaflet animates a zoom the pane is hidden (CSS), and the next draw places it anew.
 */
export class LabelLayer {
  private readonly pane: HTMLElement;

  constructor(private readonly map: L.Map) {
    this.pane = map.getPane('labels') ?? map.createPane('labels');
  }

  /** @param obstacles circles already drawn, in container pixels: names keep clear of them */
  draw(candidates: LabelCandidate[], obstacles: Rect[]) {
    const size = this.map.getSize();
    const placed: Rect[] = [];
    const elements: HTMLElement[] = [];
    for (const candidate of [...candidates].sort((a, b) => b.rank - a.rank)) {
      const box = this.box(candidate);
      const inView = box.left >= 0 && box.top >= 0 && box.right <= size.x && box.bottom <= size.y;
      if (!inView || placed.some((other) => overlaps(other, box, GAP))
        || obstacles.some((circle) => overlaps(circle, box))) {
        continue;
      }
      placed.push(box);
      elements.push(this.element(candidate, box));
    }
    this.pane.replaceChildren(...elements);
  }

  /** Where the label's text goes, in container pixels. */
  private box(candidate: LabelCandidate): Rect {
    const at = this.map.latLngToContainerPoint(candidate.latlng);
    const size = labelSize(candidate.text, candidate.kind);
    if (candidate.kind === 'town') {
      return rect(at.x - TOWN_DOT / 2, at.y - size.y / 2, size.add([TOWN_DOT + 2, 0]));
    }
    if (candidate.besideRadius !== undefined) {
      return rect(at.x + candidate.besideRadius + 3, at.y - size.y / 2, size);
    }
    return rect(at.x - size.x / 2, at.y - size.y / 2, size);
  }

  private element(candidate: LabelCandidate, box: Rect): HTMLElement {
    const label = document.createElement('div');
    label.className = `map-label ${candidate.kind}-label`;
    label.textContent = candidate.text;
    const at = this.map.containerPointToLayerPoint([box.left, box.top]);
    L.DomUtil.setPosition(label, at.round());
    return label;
  }

  clear() {
    this.pane.replaceChildren();
  }
}
