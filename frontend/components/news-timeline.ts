import { LitElement, html } from 'lit';
import type { PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { EMPTY, inRange, isRanged, ordered, readout } from './timeline/timeline-data.js';
import type { BarRange, TimelineBar, TimelineData } from './timeline/timeline-data.js';
import { AXIS, HEIGHT, barWidth, drawAxis, drawBars, drawCursor, drawPending } from './timeline/timeline-drawing.js';
import { timelineStyles } from './timeline/timeline-styles.js';

/**
 * Articles (or mentions) per day, week or month as SVG bars. Dragging across bars, or a click on
 * one, asks for that date range ('range-select' with {from, to}); by keyboard the arrow keys move
 * a cursor, Shift+arrows stretch a range and Enter asks for it; Escape asks to clear the dates
 * ('range-clear'). The element only draws and asks: the server decides the filter and sends the
 * range back with the next payload.
 */
@customElement('news-timeline')
export class NewsTimeline extends LitElement {
  static styles = timelineStyles;

  /** The payload as JSON; set by the server (Timeline.java). */
  @property({ type: String }) data = '';

  @state() private width = 600;
  /** The bar the keyboard cursor or the pointer is on. */
  @state() private cursor = -1;
  /** A range being dragged or stretched by keyboard, as bar indexes; null when none. */
  @state() private pending: BarRange | null = null;

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

  render() {
    if (this.bars.length === 0) {
      return html`<div class="empty">No articles to draw a timeline for.</div>`;
    }
    return html`
      <div class="readout" aria-live="polite">${readout(this.parsed, this.pending, this.cursor)}</div>
      <svg class=${isRanged(this.parsed) ? 'ranged' : ''} height=${HEIGHT + AXIS} viewBox="0 0 ${this.width} ${HEIGHT + AXIS}"
        tabindex="0" role="application"
        aria-label="Timeline of ${this.parsed.measure} per ${this.parsed.size}. Drag across bars or use the arrow keys and Shift to choose dates, Enter to filter by them, Escape to clear the dates."
        @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove} @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerCancel} @pointerleave=${this.onPointerLeave} @keydown=${this.onKeyDown}
        @focus=${this.onFocus}>
        ${drawBars(this.parsed, this.width)} ${drawPending(this.parsed, this.width, this.pending)}
        ${drawCursor(this.parsed, this.width, this.cursor)} ${drawAxis(this.parsed, this.width)}
      </svg>`;
  }

  private barAt(event: PointerEvent): number {
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    const x = ((event.clientX - box.left) / Math.max(1, box.width)) * this.width;
    return Math.max(0, Math.min(this.bars.length - 1, Math.floor(x / barWidth(this.parsed, this.width))));
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
      const firstInRange = this.bars.findIndex((bar) => inRange(this.parsed, bar));
      this.cursor = isRanged(this.parsed) ? Math.max(0, firstInRange) : this.bars.length - 1;
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
      } else if (isRanged(this.parsed)) {
        this.dispatchEvent(new CustomEvent('range-clear', { bubbles: true, composed: true }));
      }
    }
  }

  private ask(range: BarRange) {
    const [first, last] = ordered(range);
    const detail = { from: this.bars[first].start, to: this.bars[last].end };
    this.pending = null;
    this.dispatchEvent(new CustomEvent('range-select', { detail, bubbles: true, composed: true }));
  }
}
