import { nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { inRange, label, ordered, value } from './timeline-data.js';
import type { BarRange, TimelineData } from './timeline-data.js';

export const HEIGHT = 84;
export const AXIS = 18;
/** A bar no wider than this: a handful of bars reads as bars, not as a wall. */
const MAX_BAR = 48;

export function barWidth(data: TimelineData, width: number): number {
  return Math.min(MAX_BAR, width / data.bars.length);
}

export function drawBars(data: TimelineData, width: number): TemplateResult[] {
  const max = Math.max(1, ...data.bars.map((bar) => value(data, bar)));
  const slot = barWidth(data, width);
  const gap = slot > 4 ? 1 : 0;
  return data.bars.map((bar, i) => {
    const height = value(data, bar) === 0 ? 0 : Math.max(1, (value(data, bar) / max) * (HEIGHT - 4));
    return svg`<rect class="bar ${inRange(data, bar) ? 'in' : ''}" x=${i * slot} y=${HEIGHT - height}
      width=${Math.max(0.5, slot - gap)} height=${height}></rect>`;
  });
}

export function drawPending(data: TimelineData, width: number, pending: BarRange | null) {
  if (!pending) {
    return nothing;
  }
  const [first, last] = ordered(pending);
  const slot = barWidth(data, width);
  return svg`<rect class="pending" x=${first * slot} y="0" width=${(last - first + 1) * slot} height=${HEIGHT}></rect>`;
}

export function drawCursor(data: TimelineData, width: number, cursor: number) {
  if (cursor < 0 || cursor >= data.bars.length) {
    return nothing;
  }
  const slot = barWidth(data, width);
  return svg`<rect class="cursor" x=${cursor * slot} y="0.75" width=${Math.max(2, slot)} height=${HEIGHT - 1.5}></rect>`;
}

/** A date under every bar that has room for one, so labels never overlap. */
export function drawAxis(data: TimelineData, width: number) {
  const slot = barWidth(data, width);
  const every = Math.max(1, Math.ceil(90 / slot));
  const ticks: TemplateResult[] = [];
  for (let i = 0; i < data.bars.length; i += every) {
    const x = i * slot;
    if (x + 60 <= width) {
      ticks.push(svg`<text class="axis" x=${x} y=${HEIGHT + 13}>${label(data.bars[i].start, data.size)}</text>`);
    }
  }
  return svg`<line class="baseline" x1="0" x2=${width} y1=${HEIGHT + 0.5} y2=${HEIGHT + 0.5}></line>${ticks}`;
}
