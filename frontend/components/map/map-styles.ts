import { css, unsafeCSS } from 'lit';
import { CLUSTER_COLOURS, SEA_COLOUR } from './symbols.js';

/** The component's own look; label fonts match FONTS in label-layer.ts, which measures them. */
export const mapStyles = css`
  /* own stacking context: Leaflet panes (z-index 400+) must stay under dialogs and overlays */
  :host { display: block; position: relative; z-index: 0; isolation: isolate; min-height: 200px; }
  #map { position: absolute; inset: 0; background: ${unsafeCSS(SEA_COLOUR)}; }
  .map-item { background: transparent; border: none; }
  .place-marker, .place-cluster {
    box-sizing: border-box;
    border-radius: 50%;
    cursor: pointer;
  }
  .place-marker {
    background: rgba(196, 58, 49, 0.88);
    border: 2px solid #fff;
    box-shadow: 0 0 0 1px rgba(120, 20, 20, 0.6);
  }
  .place-marker:hover { background: rgba(224, 80, 60, 0.9); }
  .place-marker.selected {
    background: rgba(255, 176, 0, 0.95);
    box-shadow: 0 0 0 3px rgba(40, 40, 40, 0.8);
  }
  /* a place whose reading is in doubt: a dashed dark ring and a "?" badge, not colour alone */
  .place-marker.uncertain, .legend-circle.uncertain {
    position: relative;
    border: 2px dashed #1d1d1d;
    box-shadow: 0 0 0 1px rgba(255, 255, 255, 0.9);
  }
  .uncertain-badge {
    position: absolute; top: -8px; right: -8px;
    width: 15px; height: 15px; box-sizing: border-box; border-radius: 50%;
    background: #fff; color: #1d1d1d; border: 1px solid #1d1d1d;
    font: 700 11px/13px Arial, Helvetica, sans-serif; text-align: center;
    pointer-events: none;
  }
  .legend-circle.uncertain { margin-right: 6px; }
  .uncertain-note { font-style: italic; }
  .place-cluster {
    display: flex; align-items: center; justify-content: center;
    font: 700 12px Arial, Helvetica, sans-serif;
    color: #3b1d00;
    border: 2px solid rgba(255, 255, 255, 0.9);
    box-shadow: 0 0 0 1px rgba(90, 40, 0, 0.5);
  }
  .cluster-0 { background: ${unsafeCSS(CLUSTER_COLOURS[0])}; }
  .cluster-1 { background: ${unsafeCSS(CLUSTER_COLOURS[1])}; }
  .cluster-2 { background: ${unsafeCSS(CLUSTER_COLOURS[2])}; color: #fff; }
  .cluster-3 { background: ${unsafeCSS(CLUSTER_COLOURS[3])}; color: #fff; }
  .place-marker:focus-visible, .place-cluster:focus-visible, path.country-shape:focus-visible {
    outline: 3px solid #1a5fb4;
    outline-offset: 2px;
  }
  path.country-shape:focus-visible { stroke: #1a5fb4; stroke-width: 3px; }
  /* land is not a button in markers mode */
  #map:not(.countries-mode) path.country-shape { cursor: grab; }

  .leaflet-labels-pane { z-index: 450; pointer-events: none; }
  .leaflet-zoom-anim > .leaflet-labels-pane { display: none; }
  .map-label {
    position: absolute;
    white-space: nowrap;
    line-height: 1;
    color: #333;
    text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff;
  }
  .country-label { font: 600 13px Arial, Helvetica, sans-serif; color: #4d4d4d; line-height: 16px; }
  .state-label { font: italic 11px Arial, Helvetica, sans-serif; color: #777; line-height: 14px; }
  .town-label { font: 11px Arial, Helvetica, sans-serif; line-height: 14px; padding-left: 10px; }
  .town-label::before {
    content: ''; position: absolute; left: 1px; top: 4px;
    width: 6px; height: 6px; border-radius: 50%; background: #555; box-shadow: 0 0 0 1px #fff;
  }
  .place-label { font: 700 12px Arial, Helvetica, sans-serif; color: #7a1f17; line-height: 15px; }

  .map-legend {
    background: #fff;
    border-radius: 4px;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3);
    font: 12px Arial, Helvetica, sans-serif;
    color: #222;
    max-width: 250px;
  }
  .legend-toggle {
    display: block; width: 100%;
    border: none; background: none; padding: 6px 10px;
    font: 600 12px Arial, Helvetica, sans-serif; text-align: left; cursor: pointer; color: #222;
  }
  .legend-toggle:focus-visible { outline: 3px solid #1a5fb4; }
  .legend-body { padding: 0 10px 8px; }
  .legend-title { font-weight: 600; margin: 6px 0 4px; }
  .legend-row { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; margin: 2px 0; }
  .legend-key { display: inline-flex; align-items: center; gap: 4px; }
  .legend-circle {
    display: inline-block; flex: none; box-sizing: border-box; border-radius: 50%;
    background: rgba(196, 58, 49, 0.88); border: 2px solid #fff; box-shadow: 0 0 0 1px rgba(120, 20, 20, 0.6);
  }
  .legend-swatch {
    display: inline-block; flex: none; width: 14px; height: 14px; border-radius: 50%;
    box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.35);
  }
  .legend-swatch.shade { border-radius: 2px; }
`;
