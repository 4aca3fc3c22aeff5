import { LitElement, css, html, svg, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/** One bar; mirrors org.newsatlas.dashboard.ui.TimelineData.Bar (dates as YYYY-MM-DD). */
export interface TimelineBar {
  start: string;
  end: string;
  articles: number;
  mentions: number;
}

/** What the server sends as one payload; mirrors org.newsatlas.dashboard.ui.TimelineData. */
export interface TimelineData {
  bars: TimelineBar[];
  size: 'day' | 'week' | 'month';
  measure: 'articles' | 'mentions';
  /** Whether the mentions of a bar mean something here, to be read out beside its articles. */
  showMentions: boolean;
  /** The date filter in force, inclusive; null = open. */
  from: string | null;
  to: string | null;
}

const EMPTY: TimelineData = { bars: [], size: 'month', measure: 'articles', showMentions: true, from: null, to: null };
const HEIGHT = 84;
/** A bar no wider than this: a handful of bars reads as bars, not as a wall. */
const MAX_BAR = 48;
const AXIS = 18;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function label(date: string, size: TimelineData['size']): string {
  const [year, month, day] = date.split('-').map(Number);
  if (size === 'month') {
    return `${MONTHS[month - 1]} ${year}`;
  }
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Articles (or mentions) per day, week or month as SVG bars. Dragging across bars, or a click on
 * one, asks for that date range ('range-select' with {from, to}); by keyboard the arrow keys move
 * a cursor, Shift+arrows stretch a range and Enter asks for it; Escape asks to clear the dates
 * ('range-clear'). The element only draws and asks: the server decides the filter and sends the
 * range back with the next payload.
 */
@customElement('news-timeline')
export class NewsTimeline extends LitElement {
  static styles = css`
    :host { display: block; position: relative; font: var(--lumo-font-size-xs) var(--lumo-font-family, sans-serif); }
    .readout { min-height: 1.4em; color: var(--lumo-secondary-text-color, #555); white-space: nowrap;
      overflow: hidden; text-overflow: ellipsis; }
    svg { display: block; width: 100%; touch-action: none; cursor: crosshair; user-select: none; }
    svg:focus { outline: none; }
    svg:focus-visible { outline: 2px solid var(--lumo-primary-color, #1676f3); outline-offset: 2px; border-radius: 2px; }
    .bar { fill: var(--lumo-primary-color-50pct, #7aa7e6); }
    .bar.in { fill: var(--lumo-primary-color, #1676f3); }
    .ranged .bar:not(.in) { fill: var(--lumo-contrast-20pct, #ccc); }
    .cursor { fill: none; stroke: var(--lumo-body-text-color, #222); stroke-width: 1.5; }
    .pending { fill: var(--lumo-primary-color-10pct, rgba(22, 118, 243, 0.1));
      stroke: var(--lumo-primary-color, #1676f3); stroke-dasharray: 3 2; }
    .axis { fill: var(--lumo-secondary-text-color, #555); font-size: 10px; }
    .baseline { stroke: var(--lumo-contrast-30pct, #aaa); }
    .empty { color: var(--lumo-secondary-text-color, #555); padding: var(--lumo-space-s, 8px) 0; }
  `;

  /** The payload as JSON; set by the server (Timeline.java). */
  @property({ type: String }) data = '';

  @state() private width = 600;
  /** The bar the keyboard cursor or the pointer is on. */
  @state() private cursor = -1;
  /** A range being dragged or stretched by keyboard, as bar indexes; null when none. */
  @state() private pending: { anchor: number; end: number } | null = null;

  private parsed: TimelineData = EMPTY;
  private resizes?: ResizeObserver;
  private dragging = false;

  connectedCallback() {
    super.connectedCallback();
    this.resizes = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      if (width > 0 && width !== this.width) {
        this.width = width;
      }
    });
    this.resizes.observe(this);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizes?.disconnect();
    this.resizes = undefined;
    this.dragging = false;
  }

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('data')) {
      this.parsed = this.data ? (JSON.parse(this.data) as TimelineData) : EMPTY;
      this.pending = null;
      this.cursor = Math.min(this.cursor, this.parsed.bars.length - 1);
    }
  }

  private get bars(): TimelineBar[] {
    return this.parsed.bars;
  }

  private value(bar: TimelineBar): number {
    return this.parsed.measure === 'mentions' ? bar.mentions : bar.articles;
  }

  private inRange(bar: TimelineBar): boolean {
    const { from, to } = this.parsed;
    return (from === null || bar.end >= from) && (to === null || bar.start <= to);
  }

  render() {
    if (this.bars.length === 0) {
      return html`<div class="empty">No articles to draw a timeline for.</div>`;
    }
    const ranged = this.parsed.from !== null || this.parsed.to !== null;
    return html`
      <div class="readout" aria-live="polite">${this.readout()}</div>
      <svg class=${ranged ? 'ranged' : ''} height=${HEIGHT + AXIS} viewBox="0 0 ${this.width} ${HEIGHT + AXIS}"
        tabindex="0" role="application"
        aria-label="Timeline of ${this.parsed.measure} per ${this.parsed.size}. Drag across bars or use the arrow keys and Shift to choose dates, Enter to filter by them, Escape to clear the dates."
        @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove} @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerCancel} @pointerleave=${this.onPointerLeave} @keydown=${this.onKeyDown}
        @focus=${this.onFocus}>
        ${this.drawBars()} ${this.drawPending()} ${this.drawCursor()} ${this.drawAxis()}
      </svg>`;
  }

  private barWidth(): number {
    return Math.min(MAX_BAR, this.width / this.bars.length);
  }

  private drawBars(): TemplateResult[] {
    const max = Math.max(1, ...this.bars.map((bar) => this.value(bar)));
    const slot = this.barWidth();
    const gap = slot > 4 ? 1 : 0;
    return this.bars.map((bar, i) => {
      const height = this.value(bar) === 0 ? 0 : Math.max(1, (this.value(bar) / max) * (HEIGHT - 4));
      return svg`<rect class="bar ${this.inRange(bar) ? 'in' : ''}" x=${i * slot} y=${HEIGHT - height}
        width=${Math.max(0.5, slot - gap)} height=${height}></rect>`;
    });
  }

  private drawPending() {
    if (!this.pending) {
      return nothing;
    }
    const [first, last] = this.ordered(this.pending);
    const slot = this.barWidth();
    return svg`<rect class="pending" x=${first * slot} y="0" width=${(last - first + 1) * slot} height=${HEIGHT}></rect>`;
  }

  private drawCursor() {
    if (this.cursor < 0 || this.cursor >= this.bars.length) {
      return nothing;
    }
    const slot = this.barWidth();
    return svg`<rect class="cursor" x=${this.cursor * slot} y="0.75" width=${Math.max(2, slot)} height=${HEIGHT - 1.5}></rect>`;
  }

  private drawAxis() {
    const slot = this.barWidth();
    const every = Math.max(1, Math.ceil(90 / slot));
    const ticks: TemplateResult[] = [];
    for (let i = 0; i < this.bars.length; i += every) {
      const x = i * slot;
      if (x + 60 <= this.width) {
        ticks.push(svg`<text class="axis" x=${x} y=${HEIGHT + 13}>${label(this.bars[i].start, this.parsed.size)}</text>`);
      }
    }
    return svg`<line class="baseline" x1="0" x2=${this.width} y1=${HEIGHT + 0.5} y2=${HEIGHT + 0.5}></line>${ticks}`;
  }

  private readout(): string {
    if (this.pending) {
      const [first, last] = this.ordered(this.pending);
      const bars = this.bars.slice(first, last + 1);
      const articles = bars.reduce((sum, bar) => sum + bar.articles, 0);
      return `${this.bars[first].start} to ${this.bars[last].end}: ${plural(articles, 'article')} (Enter or release to filter)`;
    }
    const bar = this.bars[this.cursor];
    if (bar) {
      const when = this.parsed.size === 'day' ? label(bar.start, 'day')
        : this.parsed.size === 'week' ? `Week of ${label(bar.start, 'day')}` : label(bar.start, 'month');
      const mentions = this.parsed.showMentions ? `, ${plural(bar.mentions, 'mention')}` : '';
      return `${when}: ${plural(bar.articles, 'article')}${mentions}`;
    }
    const total = this.bars.reduce((sum, b) => sum + b.articles, 0);
    return `${plural(total, 'article')} from ${this.bars[0].start} to ${this.bars[this.bars.length - 1].end}`;
  }

  private ordered(range: { anchor: number; end: number }): [number, number] {
    return [Math.min(range.anchor, range.end), Math.max(range.anchor, range.end)];
  }

  private barAt(event: PointerEvent): number {
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    const x = ((event.clientX - box.left) / Math.max(1, box.width)) * this.width;
    return Math.max(0, Math.min(this.bars.length - 1, Math.floor(x / this.barWidth())));
  }

  private onPointerDown(event: PointerEvent) {
    if (event.button !== 0) {
      return;
    }
    const bar = this.barAt(event);
    (event.currentTarget as SVGSVGElement).setPointerCapture(event.pointerId);
    this.dragging = true;
    this.cursor = bar;
    this.pending = { anchor: bar, end: bar };
  }

  private onPointerMove(event: PointerEvent) {
    const bar = this.barAt(event);
    this.cursor = bar;
    if (this.dragging && this.pending) {
      this.pending = { ...this.pending, end: bar };
    }
  }

  private onPointerUp() {
    if (this.dragging && this.pending) {
      this.dragging = false;
      this.ask(this.pending);
    }
  }

  private onPointerCancel() {
    this.dragging = false;
    this.pending = null;
  }

  private onPointerLeave() {
    if (!this.dragging) {
      this.cursor = -1;
    }
  }

  private onFocus() {
    if (this.cursor < 0) {
      const firstInRange = this.bars.findIndex((bar) => this.inRange(bar));
      this.cursor = this.parsed.from !== null || this.parsed.to !== null ? Math.max(0, firstInRange) : this.bars.length - 1;
    }
  }

  private onKeyDown(event: KeyboardEvent) {
    const last = this.bars.length - 1;
    const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageUp: -10, PageDown: 10 };
    let target: number | undefined;
    if (event.key in step) {
      target = Math.max(0, Math.min(last, Math.max(0, this.cursor) + step[event.key]));
    } else if (event.key === 'Home') {
      target = 0;
    } else if (event.key === 'End') {
      target = last;
    }
    if (target !== undefined) {
      event.preventDefault();
      if (event.shiftKey) {
        const anchor = this.pending?.anchor ?? Math.max(0, this.cursor);
        this.pending = { anchor, end: target };
      } else {
        this.pending = null;
      }
      this.cursor = target;
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (this.cursor >= 0) {
        this.ask(this.pending ?? { anchor: this.cursor, end: this.cursor });
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (this.pending) {
        this.pending = null;
      } else if (this.parsed.from !== null || this.parsed.to !== null) {
        this.dispatchEvent(new CustomEvent('range-clear', { bubbles: true, composed: true }));
      }
    }
  }

  private ask(range: { anchor: number; end: number }) {
    const [first, last] = this.ordered(range);
    const detail = { from: this.bars[first].start, to: this.bars[last].end };
    this.pending = null;
    this.dispatchEvent(new CustomEvent('range-select', { detail, bubbles: true, composed: true }));
  }
}
