// Small panels shown beside the map in some stories: they read a layer's public API (features, statistics(),
// hectares, places, showNearestToMe()) and show the result as ordinary HTML. Story scaffolding only, not part
// of the library. Each panel renders into the light DOM (the layout styles of story-helpers.ts apply) and finds
// its layer inside the surrounding `.story-split`, so it keeps working when Storybook re-renders the story.
// No decorators here: the TypeScript settings (experimentalDecorators) apply to src/ only, so reactive
// properties are declared with `static properties` and set in the constructor (no class-field initialisers,
// which would hide Lit's accessors).
import type { Feature, Point } from 'geojson';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { KnFibreLayer, type FibreStatistic, type FibreStatus, type KnInnovationAreaLayer, type KnNearestEvent, type KnWlanLayer } from '../src/index.js';

type Lang = 'de' | 'en';

abstract class StoryPanel extends LitElement {
  private host?: Element;
  private langObserver?: MutationObserver;

  /** The events of the layer this panel reacts to. */
  protected abstract readonly layerEvents: string[];
  protected abstract onLayerEvent(event: Event): void;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.classList.add('story-panel');
    this.host = this.closest('.story-split') ?? this.parentElement ?? undefined;
    for (const name of this.layerEvents) this.host?.addEventListener(name, this.listener);
    // The toolbar's language switch sets <html lang>: show the panel in that language too.
    this.langObserver = new MutationObserver(() => this.requestUpdate());
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const name of this.layerEvents) this.host?.removeEventListener(name, this.listener);
    this.langObserver?.disconnect();
  }

  private readonly listener = (event: Event) => this.onLayerEvent(event);

  protected layer<T extends Element>(selector: string): T | null {
    return (this.host?.querySelector(selector) as T | null) ?? null;
  }

  protected get lang$(): Lang {
    const lang = this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return lang?.toLowerCase().startsWith('en') ? 'en' : 'de';
  }

  protected t(de: string, en: string): string {
    return this.lang$ === 'en' ? en : de;
  }

  protected number(value: number, digits: number): string {
    return value.toLocaleString(this.lang$ === 'en' ? 'en-GB' : 'de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }

  /** "51,1 %", with a no-break space. */
  protected percent(share: number): string {
    return `${this.number(share * 100, 1)}\u00a0%`;
  }

  protected distance(metres: number): string {
    return metres < 1000 ? `${this.number(metres, 0)}\u00a0m` : `${this.number(metres / 1000, 1)}\u00a0km`;
  }
}

/** The hotspots a `<kn-wlan-layer>` has loaded: name and status, optionally the coordinates as read (WGS84). */
export class StoryHotspotList extends StoryPanel {
  static override properties = { coordinates: { type: Boolean }, features: { state: true } };

  /** Also list each hotspot's longitude, latitude (to show what a reprojection gave). */
  declare coordinates: boolean;
  private declare features: readonly Feature[] | null;

  constructor() {
    super();
    this.coordinates = false;
    this.features = null;
  }

  protected readonly layerEvents = ['kn-data-load'];

  protected onLayerEvent(): void {
    this.features = this.layer<KnWlanLayer>('kn-wlan-layer')?.features ?? [];
  }

  override render() {
    if (!this.features) return html`<p>${this.t('Die Hotspots werden geladen …', 'Loading the hotspots …')}</p>`;
    const layer = this.layer<KnWlanLayer>('kn-wlan-layer');
    const nameField = layer?.nameField || 'name';
    const statusField = layer?.categoryField || 'status';
    return html`
      <p>
        <strong>${this.t(`${this.features.length} Hotspots geladen`, `${this.features.length} hotspots loaded`)}</strong>
        ${this.t('(Name und Status, wie die Ebene sie gelesen hat):', '(name and status as the layer read them):')}
      </p>
      <ul>
        ${this.features.map((feature) => {
          const p = feature.properties ?? {};
          const position = (feature.geometry as Point | null)?.coordinates;
          return html`<li>
            ${String(p[nameField] ?? '–')} (${String(p[statusField] ?? '–')})${this.coordinates && position
              ? html`<br /><code>${position[0].toFixed(6)}, ${position[1].toFixed(6)}</code>`
              : nothing}
          </li>`;
        })}
      </ul>
    `;
  }
}

/** Instructions for `nearest-on-click`, a button for `showNearestToMe()`, and a polite status line. */
export class StoryNearestPanel extends StoryPanel {
  static override properties = { message: { state: true } };

  private declare message: string;
  private busy = false;

  constructor() {
    super();
    this.message = '';
  }

  protected readonly layerEvents = ['kn-nearest'];

  protected onLayerEvent(event: Event): void {
    const { feature, distance } = (event as KnNearestEvent).detail;
    if (!feature || distance === null) {
      this.message = this.t('Die Ebene hat keinen aktiven Hotspot.', 'The layer has no active hotspot.');
      return;
    }
    const layer = this.layer<KnWlanLayer>('kn-wlan-layer');
    const name = String(feature.properties?.[layer?.nameField || 'name'] ?? '–');
    this.message = this.busy
      ? this.t(`Nächster aktiver Hotspot zu Ihrem Standort: ${name}, ${this.distance(distance)} Luftlinie.`,
          `Nearest active hotspot to your position: ${name}, ${this.distance(distance)} as the crow flies.`)
      : this.t(`Nächster aktiver Hotspot zum angeklickten Punkt: ${name}, ${this.distance(distance)} Luftlinie.`,
          `Nearest active hotspot to the point clicked: ${name}, ${this.distance(distance)} as the crow flies.`);
  }

  private async toMe(): Promise<void> {
    const layer = this.layer<KnWlanLayer>('kn-wlan-layer');
    if (this.busy || !layer) return;
    this.busy = true;
    this.message = this.t('Ihr Standort wird abgefragt …', 'Asking for your position …');
    try {
      // The result is announced by the kn-nearest event the layer fires (see onLayerEvent).
      await layer.showNearestToMe();
    } catch (error) {
      this.message = this.positionError(error);
    } finally {
      this.busy = false;
    }
  }

  private positionError(error: unknown): string {
    const code = (error as { code?: number } | null)?.code;
    if (code === 1) {
      return this.t(
        'Die Standortfreigabe wurde abgelehnt. Sie können stattdessen auf die Karte klicken.',
        'Permission to use your position was denied. You can click on the map instead.',
      );
    }
    if (code === 2) return this.t('Ihr Standort ließ sich nicht bestimmen.', 'Your position could not be determined.');
    if (code === 3) return this.t('Die Standortabfrage hat zu lange gedauert.', 'Finding your position took too long.');
    return this.t('Der Standort ist in diesem Browser nicht verfügbar.', 'Your position is not available in this browser.');
  }

  override render() {
    return html`
      <p>
        ${this.t(
          'Klicken Sie auf eine freie Stelle der Karte: eine gepunktete Linie führt zum nächsten aktiven Hotspot (Luftlinie). Ein Klick auf einen Hotspot wählt ihn aus.',
          'Click on an empty spot of the map: a dotted line leads to the nearest active hotspot (as the crow flies). A click on a hotspot selects it.',
        )}
      </p>
      <button type="button" @click=${this.toMe}>${this.t('Nächster Hotspot zu mir', 'Nearest hotspot to me')}</button>
      <p role="status">${this.message}</p>
    `;
  }
}

const STATUS_NAMES: Record<FibreStatus, { de: string; en: string }> = {
  verfügbar: { de: 'verfügbar', en: 'available' },
  'im Bau': { de: 'im Bau', en: 'under construction' },
  geplant: { de: 'geplant', en: 'planned' },
  'nicht geplant': { de: 'nicht geplant', en: 'not planned' },
};

/** Swatches echoing the map: cross-hatched, hatched, dotted, empty. Decorative: the status is in the text. */
const SWATCHES: Record<FibreStatus, (color: string) => string> = {
  verfügbar: (color) =>
    `background: repeating-linear-gradient(45deg, ${color} 0 2px, transparent 2px 5px), repeating-linear-gradient(-45deg, ${color} 0 2px, #fff 2px 5px)`,
  'im Bau': (color) => `background: repeating-linear-gradient(45deg, ${color} 0 2px, #fff 2px 5px)`,
  geplant: (color) => `background: radial-gradient(${color} 30%, #fff 35%) 0 0 / 4px 4px`,
  'nicht geplant': () => 'background: #fff',
};

/** The result of `await layer.statistics()` of the `<kn-fibre-layer>` as a table; again when `year` changes. */
export class StoryFibreStatistics extends StoryPanel {
  static override properties = {
    year: { type: Number },
    rows: { state: true },
    shownYear: { state: true },
    sample: { state: true },
  };

  /** The year the layer shows; set by the story with the layer's own `year`, so the table follows it. */
  declare year?: number;
  private declare rows: FibreStatistic[] | null;
  private declare shownYear?: number;
  private declare sample: boolean;
  private loaded = false;
  private token = 0;

  constructor() {
    super();
    this.rows = null;
    this.sample = false;
  }

  protected readonly layerEvents = ['kn-data-load'];

  protected onLayerEvent(): void {
    this.loaded = true;
    void this.refresh();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The layer takes the new year in the same render; its statistics() reads it.
    if (changed.has('year') && this.loaded) void this.refresh();
  }

  private async refresh(): Promise<void> {
    const layer = this.layer<KnFibreLayer>('kn-fibre-layer');
    if (!layer) return;
    const token = ++this.token;
    await layer.updateComplete;
    const rows = await layer.statistics();
    if (token !== this.token) return;
    this.rows = rows;
    this.shownYear = layer.year;
    this.sample = layer.isSample;
  }

  override render() {
    if (!this.rows) return html`<p>${this.t('Die Statistik wird berechnet, sobald die Daten geladen sind …', 'The statistics follow once the data is loaded …')}</p>`;
    const colors = KnFibreLayer.colors;
    const total = {
      districts: this.rows.reduce((sum, row) => sum + row.districts, 0),
      area: this.rows.reduce((sum, row) => sum + row.areaKm2, 0),
    };
    const populationKnown = this.rows.every((row) => row.populationShare !== null);
    return html`
      <table>
        <caption>
          ${this.t(`Glasfaserausbau ${this.shownYear} nach Status`, `Fibre rollout ${this.shownYear} by status`)}${this.sample
            ? this.t(' (Beispieldaten)', ' (sample data)')
            : nothing}
        </caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">${this.t('Stadtteile', 'Districts')}</th>
            <th scope="col">${this.t('Fläche', 'Area')}</th>
            <th scope="col">${this.t('Bevölkerung', 'Population')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.rows.map(
            (row) => html`<tr>
              <th scope="row">
                <span class="swatch" aria-hidden="true" style=${SWATCHES[row.status](colors[row.status])}></span>${STATUS_NAMES[row.status][this.lang$]}
              </th>
              <td>${row.districts}</td>
              <td>${this.number(row.areaKm2, 1)}\u00a0km² (${this.percent(row.areaShare)})</td>
              <td>${row.populationShare === null ? '–' : this.percent(row.populationShare)}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${this.t('Zusammen', 'Total')}</th>
            <td>${total.districts}</td>
            <td>${this.number(total.area, 1)}\u00a0km² (${this.percent(1)})</td>
            <td>${populationKnown ? this.percent(1) : '–'}</td>
          </tr>
        </tfoot>
      </table>
      <p class="note">
        ${this.t(
          'Fläche und Bevölkerung als Anteil an allen gezeigten Stadtteilen. Einwohnerzahlen: Stadt Konstanz, Statistik, jeweils der letzte Stand bis zum gezeigten Jahr.',
          'Area and population as a share of all districts shown. Population: Stadt Konstanz, Statistik, the latest figures up to the year shown.',
        )}
        ${populationKnown
          ? nothing
          : this.t(' „–“: die Einwohnerzahl eines Stadtteils ist nicht bekannt.', ' “–”: the population of a district is not known.')}
      </p>
    `;
  }
}

/** A "Zum Areal" button for `zoomToArea()`, the area in hectares and the places inside it. */
export class StoryInnovationPanel extends StoryPanel {
  static override properties = {
    zoomOnLoad: { type: Boolean, attribute: 'zoom-on-load' },
    hectares: { state: true },
    places: { state: true },
  };

  /** Zoom to the area once its data is loaded. */
  declare zoomOnLoad: boolean;
  private declare hectares: number | null;
  private declare places: Feature<Point>[];

  constructor() {
    super();
    this.zoomOnLoad = false;
    this.hectares = null;
    this.places = [];
  }

  protected readonly layerEvents = ['kn-data-load'];

  protected onLayerEvent(): void {
    const layer = this.layer<KnInnovationAreaLayer>('kn-innovation-area-layer');
    if (!layer) return;
    this.hectares = layer.hectares;
    this.places = layer.places;
    if (this.zoomOnLoad) layer.zoomToArea();
  }

  private zoom(): void {
    this.layer<KnInnovationAreaLayer>('kn-innovation-area-layer')?.zoomToArea();
  }

  override render() {
    const layer = this.layer<KnInnovationAreaLayer>('kn-innovation-area-layer');
    const nameField = layer?.nameField || 'name';
    return html`
      <p><button type="button" @click=${this.zoom}>${this.t('Zum Areal', 'To the area')}</button></p>
      ${this.hectares === null
        ? html`<p>${this.t('Das Areal wird geladen …', 'Loading the area …')}</p>`
        : html`<dl>
            <dt>${this.t('Fläche', 'Area')}</dt>
            <dd>${this.t('ca.', 'approx.')} ${this.number(this.hectares, 1)}\u00a0ha</dd>
            <dt>${this.t('Orte im Areal', 'Places in the area')}</dt>
            <dd>
              ${this.places.length
                ? html`<ul>
                    ${this.places.map((place) => html`<li>${String(place.properties?.[nameField] ?? '–')}</li>`)}
                  </ul>`
                : this.t('keine', 'none')}
            </dd>
          </dl>`}
    `;
  }
}

const PANELS: Record<string, CustomElementConstructor> = {
  'story-hotspot-list': StoryHotspotList,
  'story-nearest-panel': StoryNearestPanel,
  'story-fibre-statistics': StoryFibreStatistics,
  'story-innovation-panel': StoryInnovationPanel,
};

/**
 * Registers the panels. A function to call rather than a side effect of importing: package.json declares only
 * the library's entry points as having side effects, so a bare `import './story-panels.js'` would be dropped
 * from the static build.
 */
export function definePanels(): void {
  for (const [name, element] of Object.entries(PANELS)) if (!customElements.get(name)) customElements.define(name, element);
}
