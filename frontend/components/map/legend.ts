import L from 'leaflet';
import type { MapMode, Shading } from './state.js';
import { CLUSTER_CLASS_STARTS, CLUSTER_COLOURS, LAND_COLOUR, markerRadius, rangeText, shadeColours, uncertainBadge }
  from './symbols.js';

/** Sample mention counts whose circles the legend draws. */
const SAMPLE_MENTIONS = [1, 10, 100];

/** Below this width the legend starts folded, so that it does not cover a small map. */
const FOLDED_BELOW_PX = 600;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** A swatch and its words, several to a line. */
function key(swatch: HTMLElement, text: string): HTMLElement {
  const entry = element('span', 'legend-key');
  entry.append(swatch, element('span', '', text));
  return entry;
}

function line(className: string, ...entries: HTMLElement[]): HTMLElement {
  const row = element('div', `legend-row ${className}`);
  row.append(...entries);
  return row;
}

/**
 * What the symbols mean, in a corner of the map: circle size and cluster colour in markers mode,
 * the classes of mentions in countries mode. A button folds and unfolds it.
 */
export class Legend extends L.Control {
  private readonly box = element('div', 'map-legend');
  private readonly toggle = element('button', 'legend-toggle', 'Legend');
  private readonly body = element('div', 'legend-body');

  constructor() {
    super({ position: 'topright' });
    this.toggle.type = 'button';
    this.body.id = 'map-legend-body';
    this.toggle.setAttribute('aria-controls', this.body.id);
    this.toggle.addEventListener('click', () => this.setOpen(this.body.hidden));
    this.box.append(this.toggle, this.body);
    L.DomEvent.disableClickPropagation(this.box);
    L.DomEvent.disableScrollPropagation(this.box);
  }

  onAdd(map: L.Map): HTMLElement {
    this.setOpen(map.getSize().x >= FOLDED_BELOW_PX);
    return this.box;
  }

  setOpen(open: boolean) {
    this.body.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
    this.toggle.textContent = open ? 'Legend ▴' : 'Legend ▾';
  }

  show(mode: MapMode, shading: Shading) {
    this.body.replaceChildren(...(mode === 'countries' ? Legend.shadingRows(shading) : Legend.markerRows()));
  }

  private static markerRows(): HTMLElement[] {
    const circles = SAMPLE_MENTIONS.map((mentions) => {
      const size = Math.round(2 * markerRadius(mentions));
      const circle = element('span', 'legend-circle');
      circle.style.width = circle.style.height = `${size}px`;
      return key(circle, mentions.toLocaleString('en'));
    });
    const clusters = CLUSTER_CLASS_STARTS.map((start, i) => {
      const swatch = element('span', `legend-swatch cluster-${i}`);
      swatch.style.background = CLUSTER_COLOURS[i];
      const next = CLUSTER_CLASS_STARTS[i + 1];
      return key(swatch, next === undefined ? `${start.toLocaleString('en')}+` : rangeText([start, next - 1]));
    });
    const uncertain = element('span', 'legend-circle uncertain');
    uncertain.style.width = uncertain.style.height = `${Math.round(2 * markerRadius(3))}px`;
    uncertain.append(uncertainBadge());
    return [
      element('div', 'legend-title', 'Place: size = mentions'), line('circles', ...circles),
      line('uncertain', key(uncertain, 'dashed ring, ?: uncertain reading (most mentions in doubt)')),
      element('div', 'legend-title', 'Cluster: number = places; colour = mentions'), line('clusters', ...clusters),
    ];
  }

  private static shadingRows(shading: Shading): HTMLElement[] {
    const colours = shadeColours(shading.classes.length);
    const classes = shading.classes.map((range, i) => {
      const swatch = element('span', 'legend-swatch shade');
      swatch.style.background = colours[i];
      return line('shade-class', key(swatch, rangeText(range)));
    });
    const none = element('span', 'legend-swatch shade');
    none.style.background = LAND_COLOUR;
    return [element('div', 'legend-title', 'Mentions of places in each country'), ...classes,
      line('shade-class', key(none, 'none'))];
  }
}
