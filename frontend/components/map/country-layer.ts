import L from 'leaflet';
import type { Feature } from 'geojson';
import { type LabelCandidate, labelSize } from './label-layer.js';
import { type Countries, type States, countryCode, loadCountries, loadStates } from './outlines.js';
import { type Shape, fitsAt, labelPointInView } from './shapes.js';
import { type MapMode, type Shading, mentionsText } from './state.js';
import { LAND_COLOUR, shadeColours } from './symbols.js';

export interface CountryLayerEvents {
  countryChosen(countryCode: string): void;
  /** Outlines or borders arrived: names can be placed. */
  loaded(): void;
}

/** US states are drawn from this zoom on, when the view reaches the US. */
const STATES_FROM_ZOOM = 3;
const US_BOUNDS = L.latLngBounds([18, -180], [72, -65]);

/**
 * The land: country outlines, filled plain in markers mode or shaded by the mentions of their
 * places in countries mode (where a country with mentions is a button: click, Enter or Space
 * fires countryChosen), US state borders, and the names of countries and states for the labels.
 */
export class CountryLayer {
  private countries?: { data: Countries; layer: L.GeoJSON };
  private states?: { data: States; layer: L.GeoJSON };
  private mode: MapMode = 'markers';
  private shading: Shading = { classes: [], byCode: new Map() };
  private labelled?: { view: string; labels: LabelCandidate[] };

  /** @param overTiles whether tiles are drawn underneath: then land is drawn only when shaded */
  constructor(private readonly map: L.Map, private readonly events: CountryLayerEvents,
              private readonly overTiles: boolean) {
    void this.drawCountries();
  }

  private async drawCountries() {
    try {
      const data = await loadCountries();
      if (!this.map.getContainer().isConnected) {
        return;
      }
      const layer = L.geoJSON(data.outlines, {
        style: (outline) => this.style(outline as Feature),
        onEachFeature: (outline, path) => this.wire(outline, path as L.Path),
      }).addTo(this.map).bringToBack();
      this.countries = { data, layer };
      this.applyShading();
      this.events.loaded();
    } catch (e) {
      console.warn('place-map: could not load country outlines', e);
    }
  }

  /** Loads and draws the US state borders the first time the view reaches them. */
  private async drawStates() {
    try {
      const data = await loadStates();
      if (this.states || !this.map.getContainer().isConnected) {
        return;
      }
      const layer = L.geoJSON(data.borders, {
        interactive: false, style: { color: '#9a9a9a', weight: 0.8, dashArray: '4 3', fill: false },
      }).addTo(this.map);
      this.states = { data, layer };
      this.events.loaded();
    } catch (e) {
      console.warn('place-map: could not load US states', e);
    }
  }

  setMode(mode: MapMode) {
    this.mode = mode;
    this.applyShading();
  }

  setShading(shading: Shading) {
    this.shading = shading;
    this.applyShading();
  }

  get currentShading(): Shading {
    return this.shading;
  }

  private shadeOf(outline: Feature) {
    const code = countryCode(outline);
    return code === undefined ? undefined : this.shading.byCode.get(code);
  }

  private style(outline: Feature): L.PathOptions {
    const shade = this.mode === 'countries' ? this.shadeOf(outline) : undefined;
    const colours = shadeColours(this.shading.classes.length);
    const fill = shade && shade.shadeClass >= 0 ? colours[shade.shadeClass] : LAND_COLOUR;
    if (this.overTiles) {
      const shaded = this.mode === 'countries';
      return { stroke: shaded, color: '#8c8c8c', weight: 0.7, fillColor: fill, fillOpacity: shaded ? 0.7 : 0,
        className: 'country-shape' };
    }
    return { color: '#8c8c8c', weight: 0.7, fillColor: fill, fillOpacity: 1, className: 'country-shape' };
  }

  private wire(outline: Feature, path: L.Path) {
    const choose = () => {
      const shade = this.shadeOf(outline);
      if (this.mode === 'countries' && shade) {
        this.events.countryChosen(shade.code);
      }
    };
    path.on('click', choose);
    path.on('add', () => path.getElement()?.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        event.preventDefault();
        choose();
      }
    }));
  }

  /** Colours, tooltips and keyboard access follow the mode and the shading. */
  private applyShading() {
    const layer = this.countries?.layer;
    if (!layer) {
      return;
    }
    layer.setStyle((outline) => this.style(outline as Feature));
    layer.eachLayer((path) => {
      const outline = (path as L.GeoJSON & { feature: Feature }).feature;
      const shade = this.mode === 'countries' ? this.shadeOf(outline) : undefined;
      const element = (path as L.Path).getElement();
      path.unbindTooltip();
      if (shade) {
        path.bindTooltip(`${shade.name || shade.code}: ${mentionsText(shade.mentions)}`, { sticky: true });
        element?.setAttribute('tabindex', '0');
        element?.setAttribute('role', 'button');
        element?.setAttribute('aria-label', `${shade.name || shade.code}, ${mentionsText(shade.mentions)}`);
        element?.setAttribute('data-country-code', shade.code);
      } else {
        ['tabindex', 'role', 'aria-label', 'data-country-code'].forEach((name) => element?.removeAttribute(name));
      }
    });
  }

  /** The names of countries (and US states) that fit in the current view; worked out once per view. */
  labels(): LabelCandidate[] {
    const view = `${this.map.getZoom()} ${this.map.getPixelBounds().min?.toString()} ${this.map.getSize()} ${!!this.countries} ${!!this.states}`;
    if (view !== this.labelled?.view) {
      this.labelled = { view, labels: this.labelsInView() };
    }
    return this.labelled.labels;
  }

  private labelsInView(): LabelCandidate[] {
    const zoom = this.map.getZoom();
    if (zoom >= STATES_FROM_ZOOM && !this.states && this.map.getBounds().intersects(US_BOUNDS)) {
      void this.drawStates();
    }
    const countries = this.countries ? this.labelsOf(this.countries.data.shapes, 'country') : [];
    const states = this.states && zoom >= STATES_FROM_ZOOM ? this.labelsOf(this.states.data.shapes, 'state') : [];
    return [...countries, ...states];
  }

  private labelsOf(shapes: Map<Feature, Shape>, kind: 'country' | 'state'): LabelCandidate[] {
    const zoom = this.map.getZoom();
    const view = this.map.getBounds();
    const labels: LabelCandidate[] = [];
    shapes.forEach((shape) => {
      const size = labelSize(shape.name, kind);
      if (!view.intersects(shape.bounds) || !fitsAt(shape, zoom, size)) {
        return;
      }
      const latlng = labelPointInView(this.map, shape, size);
      if (latlng) {
        // larger countries first; at a world view names of countries come before those of places,
        // closer in before the towns' (rank 120 to 170), so that every view says which country it shows
        const rank = (kind === 'country' ? (zoom <= 4 ? 500 : 180) : 120) + Math.log2(1 + shape.placing.width0 * shape.placing.height0);
        labels.push({ text: shape.name, latlng, kind, rank });
      }
    });
    return labels;
  }

  destroy() {
    this.countries?.layer.remove();
    this.states?.layer.remove();
    this.countries = this.states = undefined;
  }
}
