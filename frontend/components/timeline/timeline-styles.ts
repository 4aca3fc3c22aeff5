import { css } from 'lit';

export const timelineStyles = css`
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
