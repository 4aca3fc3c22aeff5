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

/** A range of bars being chosen, as indexes: where it began and where it now ends. */
export interface BarRange {
  anchor: number;
  end: number;
}

export const EMPTY: TimelineData = { bars: [], size: 'month', measure: 'articles', showMentions: true, from: null, to: null };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function label(date: string, size: TimelineData['size']): string {
  const [year, month, day] = date.split('-').map(Number);
  if (size === 'month') {
    return `${MONTHS[month - 1]} ${year}`;
  }
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;
}

export function ordered(range: BarRange): [number, number] {
  return [Math.min(range.anchor, range.end), Math.max(range.anchor, range.end)];
}

/** The height a bar stands for: its articles or its mentions, as the payload says. */
export function value(data: TimelineData, bar: TimelineBar): number {
  return data.measure === 'mentions' ? bar.mentions : bar.articles;
}

export function isRanged(data: TimelineData): boolean {
  return data.from !== null || data.to !== null;
}

export function inRange(data: TimelineData, bar: TimelineBar): boolean {
  const { from, to } = data;
  return (from === null || bar.end >= from) && (to === null || bar.start <= to);
}

/** The line above the bars: the range being chosen, else the bar under the cursor, else the whole span. */
export function readout(data: TimelineData, pending: BarRange | null, cursor: number): string {
  const bars = data.bars;
  if (pending) {
    const [first, last] = ordered(pending);
    const articles = bars.slice(first, last + 1).reduce((sum, bar) => sum + bar.articles, 0);
    return `${bars[first].start} to ${bars[last].end}: ${plural(articles, 'article')} (Enter or release to filter)`;
  }
  const bar = bars[cursor];
  if (bar) {
    const when = data.size === 'day' ? label(bar.start, 'day')
      : data.size === 'week' ? `Week of ${label(bar.start, 'day')}` : label(bar.start, 'month');
    const mentions = data.showMentions ? `, ${plural(bar.mentions, 'mention')}` : '';
    return `${when}: ${plural(bar.articles, 'article')}${mentions}`;
  }
  const total = bars.reduce((sum, b) => sum + b.articles, 0);
  return `${plural(total, 'article')} from ${bars[0].start} to ${bars[bars.length - 1].end}`;
}
