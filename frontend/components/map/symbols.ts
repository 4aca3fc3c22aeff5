/**
 * How places, clusters and shaded countries look: one home for the sizes and colours that the
 * map draws and the legend explains.
 */

/**
 * A place's circle: radius grows with the logarithm of its mentions (7 px for one, 14 for ten,
 * 21 for a hundred), so that one place with thousands of mentions does not cover a country.
 */
export function markerRadius(mentions: number): number {
  return Math.min(35, 7 + 7 * Math.log10(Math.max(1, mentions)));
}

/** Mentions that start each cluster colour class, lowest first. */
export const CLUSTER_CLASS_STARTS = [1, 10, 100, 1000];

/** Light to dark, one per cluster class; text on the darker two is white. */
export const CLUSTER_COLOURS = ['#fdd49e', '#fc8d59', '#d7301f', '#7f0000'];

export function clusterClass(mentions: number): number {
  let index = 0;
  CLUSTER_CLASS_STARTS.forEach((start, i) => {
    if (mentions >= start) {
      index = i;
    }
  });
  return index;
}

/** A cluster's circle: grows slowly with the number of places in it. */
export function clusterRadius(places: number): number {
  return Math.min(30, 14 + 5 * Math.log10(Math.max(2, places)));
}

/** Country shading, ColorBrewer YlOrRd: light for few mentions, dark for many (at most 5 classes). */
export const SHADE_COLOURS = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];

/** Land with no mentions, and all land in markers mode. */
export const LAND_COLOUR = '#f4f1ea';

export const SEA_COLOUR = '#cfe0ec';

/** The colours for n classes: spread over the palette so that two classes are far apart. */
export function shadeColours(classes: number): string[] {
  if (classes <= 1) {
    return [SHADE_COLOURS[2]];
  }
  return Array.from({ length: classes }, (_, i) =>
    SHADE_COLOURS[Math.round((i * (SHADE_COLOURS.length - 1)) / (classes - 1))]);
}

export function rangeText([from, to]: [number, number]): string {
  const f = from.toLocaleString('en');
  return from === to ? f : `${f}–${to.toLocaleString('en')}`;
}

/**
 * The "?" on a place whose reading is in doubt: with the dashed ring it tells doubt by shape, not
 * by colour alone. Hidden from screen readers, which hear the marker's label instead.
 */
export function uncertainBadge(): HTMLElement {
  const badge = document.createElement('span');
  badge.className = 'uncertain-badge';
  badge.textContent = '?';
  badge.setAttribute('aria-hidden', 'true');
  return badge;
}
