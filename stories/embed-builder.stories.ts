// "Einbettungscode erstellen": a form for web editors that writes the HTML to paste into a page (script tag plus
// element tags) and shows the same map live. Story scaffolding only, not part of the library.
// No decorators here (they are compiled for src/ only): reactive properties are declared with `static
// properties` and set in the constructor. The element is registered by a function the story calls, because
// package.json's sideEffects would let a bundler drop a bare side-effect import.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { FIELDS_OF_ACTION } from '../src/index.js';

/** Where the files of dist/cdn/ lie on the web server: a placeholder the editor replaces. */
const BASE_PLACEHOLDER = 'https://www.konstanz.de/…/';
const SCRIPT_URL = `${BASE_PLACEHOLDER}kn-map-elements.js`;

type LayerKey = 'fibre' | 'innovation' | 'projects' | 'wlan';
type Basemap = 'konstanz' | 'basemap-de' | 'basemap-de-grau' | 'openfreemap';
type ViewMode = 'city' | 'altstadt' | 'custom';
type Control = 'zoom' | 'fullscreen' | 'geolocate' | 'reset' | 'keyboard' | 'pan' | 'scale';

/** The four Konstanz layers in the order they are written: areas first (drawn below), points on top. */
const LAYERS: Record<LayerKey, { tag: string; name: string; file: string; link: string }> = {
  fibre: { tag: 'kn-fibre-layer', name: 'Glasfaserausbau', file: 'glasfaser-beispieldaten.geojson', link: 'Glasfaserausbau (Beispieldaten)' },
  innovation: { tag: 'kn-innovation-area-layer', name: 'Innovationsareal', file: 'innovationsareal.geojson', link: 'Innovationsareal' },
  projects: { tag: 'kn-projects-layer', name: 'Smart-Green-City-Projekte', file: 'sgc-projekte.geojson', link: 'Smart-Green-City-Projekte' },
  wlan: { tag: 'kn-wlan-layer', name: 'WLAN-Hotspots', file: 'wlan-konstanz.geojson', link: 'WLAN-Hotspots' },
};
const LAYER_ORDER: LayerKey[] = ['fibre', 'innovation', 'projects', 'wlan'];

const BASEMAPS: { value: Basemap; label: string }[] = [
  { value: 'konstanz', label: 'Konstanz (mitgeliefert)' },
  { value: 'basemap-de', label: 'basemap.de (extern)' },
  { value: 'basemap-de-grau', label: 'basemap.de, grau (extern)' },
  { value: 'openfreemap', label: 'OpenFreeMap (extern)' },
];

const CONTROLS: { value: Control; label: string }[] = [
  { value: 'zoom', label: 'Vergrößern und Verkleinern (zoom)' },
  { value: 'fullscreen', label: 'Vollbild (fullscreen)' },
  { value: 'geolocate', label: 'Mein Standort (geolocate)' },
  { value: 'reset', label: 'Ansicht zurücksetzen (reset)' },
  { value: 'keyboard', label: 'Tastaturhilfe (keyboard)' },
  { value: 'pan', label: 'Pfeil-Knöpfe zum Verschieben (pan)' },
  { value: 'scale', label: 'Maßstab (scale)' },
];

/**
 * The fibre layer's bundled districts are invented: an editor who ticks it is warned next to the code, the code
 * says so in a comment, and the copy message repeats it.
 */
const SAMPLE_WARNING = 'Beispieldaten – nicht für eine Veröffentlichung als echte Information';
const showsSampleData = (options: EmbedOptions) => options.layers.fibre;

/** The old town as in the layer stories: Marktstätte to Münster. */
const ALTSTADT = { center: '9.1757,47.6600', zoom: '15' };
const CURRENT_YEAR = new Date().getFullYear();

interface EmbedOptions {
  layers: Record<LayerKey, boolean>;
  coverageOn: boolean;
  coverage: string;
  yearOn: boolean;
  year: string;
  categories: string[];
  basemap: Basemap;
  consentRemember: boolean;
  privacyUrl: string;
  view: ViewMode;
  center: string;
  zoom: string;
  height: string;
  lang: '' | 'de' | 'en';
  /** Accessible name of the map; while `labelEdited` is false it follows the chosen layers. */
  label: string;
  labelEdited: boolean;
  controls: Control[];
  fallback: boolean;
}

const initialOptions = (): EmbedOptions => ({
  layers: { fibre: false, innovation: false, projects: false, wlan: true },
  coverageOn: true,
  coverage: '80',
  yearOn: false,
  year: String(CURRENT_YEAR),
  categories: [],
  basemap: 'konstanz',
  consentRemember: false,
  privacyUrl: '',
  view: 'city',
  center: '9.1757,47.6600',
  zoom: '15',
  height: '500',
  lang: '',
  label: suggestedLabel(['wlan']),
  labelEdited: false,
  controls: CONTROLS.map((control) => control.value),
  fallback: true,
});

const isExternal = (basemap: Basemap) => basemap !== 'konstanz';
const chosenLayers = (options: EmbedOptions) => LAYER_ORDER.filter((key) => options.layers[key]);

/** "WLAN-Hotspots und Innovationsareal in Konstanz", from the layers chosen. */
function suggestedLabel(layers: LayerKey[]): string {
  const names = layers.map((key) => LAYERS[key].name);
  if (names.length === 0) return 'Karte von Konstanz';
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`;
  return `${list} in Konstanz`;
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A number typed into a field, or undefined when the field does not hold one in [min, max]. */
function numberIn(text: string, min: number, max: number): number | undefined {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

type Attribute = [name: string, value?: string];

/** `<tag a="1" b>`: on one line while it is short, else one attribute a line. */
function openTag(tag: string, attributes: Attribute[], indent: string): string {
  const parts = attributes.map(([name, value]) => (value === undefined ? name : `${name}="${escapeAttr(value)}"`));
  const oneLine = `${indent}<${tag}${parts.map((part) => ` ${part}`).join('')}>`;
  if (oneLine.length <= 100) return oneLine;
  return `${indent}<${tag}\n${parts.map((part) => `${indent}  ${part}`).join('\n')}\n${indent}>`;
}

function mapAttributes(options: EmbedOptions): Attribute[] {
  const attributes: Attribute[] = [];
  const label = options.label.trim();
  if (label) attributes.push(['label', label]);
  if (options.basemap !== 'konstanz') {
    attributes.push(['basemap', options.basemap], ['consent']);
    if (options.consentRemember) attributes.push(['consent-remember']);
    if (options.privacyUrl.trim()) attributes.push(['privacy-url', options.privacyUrl.trim()]);
  }
  if (options.view === 'altstadt') attributes.push(['center', ALTSTADT.center], ['zoom', ALTSTADT.zoom]);
  if (options.view === 'custom') {
    // Written as typed: a mistake (e.g. latitude first) shows the map's own notice in the preview.
    if (options.center.trim()) attributes.push(['center', options.center.trim()]);
    if (options.zoom.trim()) attributes.push(['zoom', options.zoom.trim()]);
  }
  if (options.lang) attributes.push(['lang', options.lang]);
  if (options.controls.length === 0) attributes.push(['controls', 'none']);
  else if (options.controls.length < CONTROLS.length) {
    attributes.push(['controls', CONTROLS.filter(({ value }) => options.controls.includes(value)).map(({ value }) => value).join(' ')]);
  }
  const height = numberIn(options.height, 120, 2000);
  if (height !== undefined) attributes.push(['style', `height: ${Math.round(height)}px`]);
  return attributes;
}

function layerAttributes(key: LayerKey, options: EmbedOptions): Attribute[] {
  if (key === 'wlan' && options.coverageOn) {
    const coverage = numberIn(options.coverage, 1, 5000);
    if (coverage !== undefined) return [['coverage', String(Math.round(coverage))]];
  }
  if (key === 'fibre' && options.yearOn) {
    const year = numberIn(options.year, 2011, CURRENT_YEAR);
    if (year !== undefined) return [['year', String(Math.round(year))]];
  }
  if (key === 'projects' && options.categories.length) {
    return [['categories', FIELDS_OF_ACTION.filter((field) => options.categories.includes(field)).join(', ')]];
  }
  return [];
}

/** The `<kn-map>` with its layers and the text for browsers without JavaScript: what the preview shows too. */
function mapMarkup(options: EmbedOptions): string {
  const layers = chosenLayers(options);
  const lines = [openTag('kn-map', mapAttributes(options), '')];
  for (const key of layers) lines.push(`${openTag(LAYERS[key].tag, layerAttributes(key, options), '  ')}</${LAYERS[key].tag}>`);
  if (options.fallback) {
    const links = layers.map((key) => `<a href="${escapeAttr(`${BASE_PLACEHOLDER}assets/data/${LAYERS[key].file}`)}">${escapeText(LAYERS[key].link)}</a>`);
    if (links.length === 0) lines.push('  <p>Die Karte braucht JavaScript.</p>');
    else {
      lines.push(`  <p>Die Karte braucht JavaScript. Die Daten gibt es auch als ${links.length === 1 ? 'GeoJSON-Datei' : 'GeoJSON-Dateien'}:`);
      links.forEach((link, index) => lines.push(`    ${link}${index === links.length - 1 ? '.</p>' : ','}`));
    }
  }
  lines.push('</kn-map>');
  return lines.join('\n');
}

/** The whole snippet: a comment saying what to replace, the script tag, the map. */
function embedCode(options: EmbedOptions): string {
  return [
    `<!-- ERSETZEN: ${BASE_PLACEHOLDER} durch die Adresse des Ordners, in dem`,
    '     kn-map-elements.js liegt (Inhalt von dist/cdn/), im Script-Tag und in den Links.',
    '     Das Script-Tag nur einmal pro Seite; steht es schon in der Seitenvorlage, hier weglassen. -->',
    ...(showsSampleData(options)
      ? [`<!-- ACHTUNG: Die Ebene Glasfaserausbau zeigt erfundene ${SAMPLE_WARNING}. -->`]
      : []),
    `<script type="module" src="${SCRIPT_URL}"></script>`,
    '',
    mapMarkup(options),
  ].join('\n');
}

/** The map in the preview is rebuilt from the code this long after the last change (typing in a field). */
const PREVIEW_DELAY_MS = 350;

class StoryEmbedBuilder extends LitElement {
  static override properties = {
    options: { state: true },
    previewMarkup: { state: true },
    copyMessage: { state: true },
  };

  private declare options: EmbedOptions;
  private declare previewMarkup: string;
  private declare copyMessage: string;
  private previewTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.options = initialOptions();
    this.previewMarkup = mapMarkup(this.options);
    this.copyMessage = '';
  }

  // Light DOM: the page's own form styles and the a11y checks see the controls as they are.
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addBuilderStyles();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('options')) return;
    const markup = mapMarkup(this.options);
    if (markup === this.previewMarkup) return;
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => (this.previewMarkup = markup), PREVIEW_DELAY_MS);
  }

  private set(changes: Partial<EmbedOptions>): void {
    const next = { ...this.options, ...changes };
    if (!next.labelEdited) next.label = suggestedLabel(chosenLayers(next));
    this.options = next;
    this.copyMessage = '';
  }

  private toggleLayer(key: LayerKey, on: boolean): void {
    this.set({ layers: { ...this.options.layers, [key]: on } });
  }

  private toggleIn<T>(list: T[], value: T, on: boolean): T[] {
    return on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);
  }

  private async copy(): Promise<void> {
    const code = embedCode(this.options);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code);
      this.copyMessage = showsSampleData(this.options) ? 'Code kopiert. Achtung: Er enthält die Beispieldaten des Glasfaserausbaus.' : 'Code kopiert';
    } catch {
      // No clipboard here (an http page, a frame without permission): select the text for Ctrl+C.
      const textarea = this.querySelector<HTMLTextAreaElement>('#embed-code');
      textarea?.focus();
      textarea?.select();
      this.copyMessage = 'Kopieren ist hier nicht möglich. Der Code ist markiert: Kopieren Sie ihn mit Strg+C (Mac: ⌘+C).';
    }
  }

  override render() {
    const o = this.options;
    const external = isExternal(o.basemap);
    const checked = (event: Event) => (event.target as HTMLInputElement).checked;
    const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
    const code = embedCode(o);
    const sample = showsSampleData(o);
    return html`
      <div class="embed-builder">
        <form class="embed-form" aria-label="Einstellungen der Karte" @submit=${(event: Event) => event.preventDefault()}>
          <fieldset>
            <legend>Ebenen</legend>
            <div class="check">
              <input type="checkbox" id="layer-wlan" .checked=${live(o.layers.wlan)} @change=${(e: Event) => this.toggleLayer('wlan', checked(e))} />
              <label for="layer-wlan">WLAN-Hotspots (Konstanz-WLAN)</label>
            </div>
            <div class="nested">
              <div class="check">
                <input
                  type="checkbox"
                  id="wlan-coverage-on"
                  .checked=${live(o.coverageOn)}
                  ?disabled=${!o.layers.wlan}
                  @change=${(e: Event) => this.set({ coverageOn: checked(e) })}
                />
                <label for="wlan-coverage-on">Abdeckungsradius zeigen</label>
              </div>
              <div class="field">
                <label for="wlan-coverage">Radius in Metern</label>
                <input
                  type="number"
                  id="wlan-coverage"
                  min="1"
                  max="5000"
                  step="10"
                  inputmode="numeric"
                  .value=${live(o.coverage)}
                  ?disabled=${!o.layers.wlan || !o.coverageOn}
                  aria-describedby="wlan-coverage-hint"
                  @input=${(e: Event) => this.set({ coverage: value(e) })}
                />
                <span class="hint" id="wlan-coverage-hint">Eine Annahme zur Veranschaulichung, keine gemessene Reichweite.</span>
              </div>
            </div>

            <div class="check">
              <input type="checkbox" id="layer-fibre" .checked=${live(o.layers.fibre)} @change=${(e: Event) => this.toggleLayer('fibre', checked(e))} />
              <label for="layer-fibre">Glasfaserausbau (Beispieldaten)</label>
            </div>
            <div class="nested">
              <div class="check">
                <input
                  type="checkbox"
                  id="fibre-year-on"
                  .checked=${live(o.yearOn)}
                  ?disabled=${!o.layers.fibre}
                  aria-describedby="fibre-year-hint"
                  @change=${(e: Event) => this.set({ yearOn: checked(e) })}
                />
                <label for="fibre-year-on">Stand eines bestimmten Jahres</label>
              </div>
              <div class="field">
                <label for="fibre-year">Jahr</label>
                <input
                  type="number"
                  id="fibre-year"
                  min="2011"
                  max=${CURRENT_YEAR}
                  step="1"
                  inputmode="numeric"
                  .value=${live(o.year)}
                  ?disabled=${!o.layers.fibre || !o.yearOn}
                  @input=${(e: Event) => this.set({ year: value(e) })}
                />
                <span class="hint" id="fibre-year-hint">Ohne Jahr zeigt die Karte immer den Stand des laufenden Jahres.</span>
              </div>
            </div>

            <div class="check">
              <input
                type="checkbox"
                id="layer-innovation"
                .checked=${live(o.layers.innovation)}
                @change=${(e: Event) => this.toggleLayer('innovation', checked(e))}
              />
              <label for="layer-innovation">Konstanzer Innovationsareal</label>
            </div>

            <div class="check">
              <input type="checkbox" id="layer-projects" .checked=${live(o.layers.projects)} @change=${(e: Event) => this.toggleLayer('projects', checked(e))} />
              <label for="layer-projects">Smart-Green-City-Projekte</label>
            </div>
            <fieldset class="nested inner" ?disabled=${!o.layers.projects}>
              <legend>Nur diese Handlungsfelder (keines gewählt: alle)</legend>
              ${FIELDS_OF_ACTION.map(
                (field, index) => html`
                  <div class="check">
                    <input
                      type="checkbox"
                      id="projects-field-${index}"
                      .checked=${live(o.categories.includes(field))}
                      @change=${(e: Event) => this.set({ categories: this.toggleIn(o.categories, field, checked(e)) })}
                    />
                    <label for="projects-field-${index}">${field}</label>
                  </div>
                `,
              )}
            </fieldset>
          </fieldset>

          <fieldset>
            <legend>Grundkarte</legend>
            <div class="field">
              <label for="basemap">Grundkarte</label>
              <select id="basemap" aria-describedby="basemap-hint" @change=${(e: Event) => this.set({ basemap: value(e) as Basemap })}>
                ${BASEMAPS.map((basemap) => html`<option value=${basemap.value} ?selected=${basemap.value === o.basemap}>${basemap.label}</option>`)}
              </select>
            </div>
            <p class="hint" id="basemap-hint">
              ${external
                ? html`Externe Grundkarten brauchen die Einwilligung der Besucher: Der Code enthält deshalb
                    <code>consent</code>. Bis jemand „Karte laden“ drückt, zeigt die Karte die mitgelieferte Grundkarte und
                    fragt beim Anbieter nichts ab. Für alle Karten der Website auf einmal gilt das mit
                    <code>&lt;meta name="kn-map:consent" content="required"&gt;</code> im Seitenkopf; keine Karte kann es
                    dann abschalten.`
                : html`Die mitgelieferte Grundkarte lädt nichts von fremden Servern. Externe Grundkarten brauchen eine
                    Einwilligung; der Code bekommt dann automatisch <code>consent</code>.`}
            </p>
            ${external
              ? html`
                  <div class="check">
                    <input
                      type="checkbox"
                      id="consent-remember"
                      .checked=${live(o.consentRemember)}
                      @change=${(e: Event) => this.set({ consentRemember: checked(e) })}
                    />
                    <label for="consent-remember">„Auswahl merken“ anbieten (consent-remember)</label>
                  </div>
                  <div class="field">
                    <label for="privacy-url">Link zur Datenschutzerklärung (privacy-url, optional)</label>
                    <input
                      type="text"
                      id="privacy-url"
                      inputmode="url"
                      autocomplete="off"
                      spellcheck="false"
                      placeholder="/datenschutz#karten"
                      aria-describedby="privacy-url-hint"
                      .value=${live(o.privacyUrl)}
                      @input=${(e: Event) => this.set({ privacyUrl: value(e) })}
                    />
                    <span class="hint" id="privacy-url-hint">Leer: Der Hinweis verlinkt die Website des Anbieters.</span>
                  </div>
                `
              : nothing}
          </fieldset>

          <fieldset>
            <legend>Ausschnitt</legend>
            ${(
              [
                ['city', 'Ganzes Stadtgebiet'],
                ['altstadt', 'Altstadt'],
                ['custom', 'Eigene Mitte und Zoomstufe'],
              ] as [ViewMode, string][]
            ).map(
              ([mode, text]) => html`
                <div class="check">
                  <input
                    type="radio"
                    name="view"
                    id="view-${mode}"
                    value=${mode}
                    .checked=${live(o.view === mode)}
                    @change=${() => this.set({ view: mode })}
                  />
                  <label for="view-${mode}">${text}</label>
                </div>
              `,
            )}
            <div class="nested">
              <div class="field">
                <label for="view-center">Mitte (Länge,Breite)</label>
                <input
                  type="text"
                  id="view-center"
                  autocomplete="off"
                  spellcheck="false"
                  aria-describedby="view-center-hint"
                  .value=${live(o.center)}
                  ?disabled=${o.view !== 'custom'}
                  @input=${(e: Event) => this.set({ center: value(e) })}
                />
                <span class="hint" id="view-center-hint">Zuerst die Länge (in Konstanz etwa 9,1), dann die Breite (etwa 47,7), mit Punkt als Dezimalzeichen, z. B. 9.1757,47.6600.</span>
              </div>
              <div class="field">
                <label for="view-zoom">Zoomstufe (0 bis 24)</label>
                <input
                  type="number"
                  id="view-zoom"
                  min="0"
                  max="24"
                  step="0.5"
                  .value=${live(o.zoom)}
                  ?disabled=${o.view !== 'custom'}
                  @input=${(e: Event) => this.set({ zoom: value(e) })}
                />
              </div>
            </div>
          </fieldset>

          <fieldset>
            <legend>Darstellung</legend>
            <div class="field">
              <label for="map-label">Titel der Karte für Screenreader (label)</label>
              <input
                type="text"
                id="map-label"
                autocomplete="off"
                aria-describedby="map-label-hint"
                .value=${live(o.label)}
                @input=${(e: Event) => this.set({ label: value(e), labelEdited: true })}
              />
              <span class="hint" id="map-label-hint">Sagt, was die Karte zeigt. Folgt den gewählten Ebenen, bis Sie ihn selbst ändern.</span>
            </div>
            <div class="field">
              <label for="map-height">Höhe in Pixeln</label>
              <input
                type="number"
                id="map-height"
                min="120"
                max="2000"
                step="10"
                inputmode="numeric"
                .value=${live(o.height)}
                @input=${(e: Event) => this.set({ height: value(e) })}
              />
            </div>
            <div class="field">
              <label for="map-lang">Sprache der Bedienelemente und Hinweise</label>
              <select id="map-lang" @change=${(e: Event) => this.set({ lang: value(e) as EmbedOptions['lang'] })}>
                <option value="" ?selected=${o.lang === ''}>wie die Seite (ohne Attribut)</option>
                <option value="de" ?selected=${o.lang === 'de'}>Deutsch (lang="de")</option>
                <option value="en" ?selected=${o.lang === 'en'}>Englisch (lang="en")</option>
              </select>
            </div>
            <div class="check">
              <input type="checkbox" id="map-fallback" .checked=${live(o.fallback)} @change=${(e: Event) => this.set({ fallback: checked(e) })} />
              <label for="map-fallback">Hinweis und Datenlinks für Browser ohne JavaScript</label>
            </div>
          </fieldset>

          <fieldset>
            <legend>Bedienelemente</legend>
            ${CONTROLS.map(
              (control) => html`
                <div class="check">
                  <input
                    type="checkbox"
                    id="control-${control.value}"
                    .checked=${live(o.controls.includes(control.value))}
                    @change=${(e: Event) => this.set({ controls: this.toggleIn(o.controls, control.value, checked(e)) })}
                  />
                  <label for="control-${control.value}">${control.label}</label>
                </div>
              `,
            )}
          </fieldset>
        </form>

        <div class="embed-output">
          <section aria-labelledby="embed-preview-heading">
            <h2 id="embed-preview-heading">Vorschau</h2>
            <div class="embed-preview">${unsafeHTML(this.previewMarkup)}</div>
          </section>
          <section aria-labelledby="embed-code-heading">
            <h2 id="embed-code-heading">HTML-Code</h2>
            <p class="note" id="embed-code-hint">
              Ersetzen Sie <code>${BASE_PLACEHOLDER}</code> durch die Adresse des Ordners, in dem
              <code>kn-map-elements.js</code> auf Ihrem Webserver liegt. Das Script-Tag braucht es nur einmal pro Seite.
            </p>
            ${sample
              ? html`<div class="sample-warning" id="embed-sample-warning" role="alert">
                  <p><strong>Achtung: ${SAMPLE_WARNING}.</strong></p>
                  <p>
                    Die Ebene „Glasfaserausbau“ zeigt erfundene Beispieldaten: Es gibt keine veröffentlichten Ausbaudaten je
                    Stadtteil. Die Karte kennzeichnet sie als „Beispieldaten“. Veröffentlichen Sie sie nicht als Auskunft über den
                    echten Ausbau – nehmen Sie die Ebene heraus oder geben Sie ihr eigene Daten (<code>src</code>).
                  </p>
                </div>`
              : nothing}
            <label for="embed-code">Code zum Einfügen in die Seite</label>
            <textarea
              id="embed-code"
              readonly
              rows=${Math.min(30, Math.max(10, code.split('\n').length + 1))}
              spellcheck="false"
              aria-describedby=${sample ? 'embed-sample-warning embed-code-hint' : 'embed-code-hint'}
              .value=${live(code)}
            ></textarea>
            <div class="copy-row">
              <button type="button" aria-describedby=${sample ? 'embed-sample-warning' : nothing} @click=${() => void this.copy()}>Code kopieren</button>
              <p class="copy-status" role="status">${this.copyMessage}</p>
            </div>
          </section>
        </div>
      </div>
    `;
  }
}

/** Registers the builder (once). Called from the story's render function. */
function defineEmbedBuilder(): void {
  if (!customElements.get('story-embed-builder')) customElements.define('story-embed-builder', StoryEmbedBuilder);
}

/** The builder's layout and form styles, once per page. */
function addBuilderStyles(): void {
  if (document.getElementById('story-embed-builder-styles')) return;
  const style = document.createElement('style');
  style.id = 'story-embed-builder-styles';
  style.textContent = `
    story-embed-builder {
      display: block;
      font: 0.95rem/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
      color: #1f1f1f;
    }
    .embed-builder {
      display: grid;
      grid-template-columns: minmax(16rem, 23rem) minmax(0, 1fr);
      gap: 1.5rem;
      align-items: start;
    }
    @media (max-width: 860px) {
      .embed-builder { grid-template-columns: minmax(0, 1fr); }
    }
    .embed-builder fieldset {
      margin: 0 0 1rem;
      padding: 0.5rem 0.9rem 0.8rem;
      border: 1px solid #8a8a8a;
      border-radius: 6px;
      min-width: 0;
    }
    .embed-builder fieldset.inner { margin: 0.2rem 0 0.6rem 1.7rem; padding: 0.3rem 0.7rem 0.5rem; }
    .embed-builder fieldset[disabled] { color: #5c5c5c; }
    .embed-builder legend { font-weight: 600; padding: 0 0.3rem; }
    .embed-builder .check { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0.35rem 0; }
    .embed-builder .check input { margin: 0.2rem 0 0; width: 1.1rem; height: 1.1rem; flex: none; }
    .embed-builder .nested { margin-left: 1.7rem; }
    .embed-builder .field { display: flex; flex-direction: column; gap: 0.2rem; margin: 0.45rem 0 0.6rem; }
    .embed-builder input[type='text'],
    .embed-builder input[type='number'],
    .embed-builder select {
      font: inherit;
      color: inherit;
      background: #fff;
      padding: 0.3rem 0.45rem;
      min-height: 2.1rem;
      box-sizing: border-box;
      border: 1px solid #6b6b6b;
      border-radius: 4px;
      max-width: 100%;
    }
    .embed-builder input:disabled, .embed-builder select:disabled { background: #f0f0f0; color: #5c5c5c; }
    .embed-builder .hint { font-size: 0.85rem; color: #4a4a4a; margin: 0.1rem 0 0; }
    .embed-builder code { font-size: 0.88em; overflow-wrap: anywhere; }
    .embed-builder h2 { font-size: 1.1rem; margin: 0 0 0.6rem; }
    .embed-output { display: grid; gap: 1.25rem; min-width: 0; }
    .embed-preview kn-map { outline: 1px solid #c8c8c8; }
    .embed-builder .note {
      margin: 0 0 0.75rem;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid #1d5fa8;
      background: #eef3fa;
    }
    .embed-builder .sample-warning {
      margin: 0 0 0.75rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid #8a5a00;
      border-left-width: 6px;
      border-radius: 4px;
      background: #fff4d6;
      color: #3d2a00;
    }
    .embed-builder .sample-warning p { margin: 0.2rem 0; }
    .embed-builder label[for='embed-code'] { display: block; font-weight: 600; margin-bottom: 0.25rem; }
    .embed-builder textarea {
      display: block;
      width: 100%;
      box-sizing: border-box;
      font: 0.82rem/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
      color: #1f1f1f;
      background: #f7f7f7;
      border: 1px solid #6b6b6b;
      border-radius: 4px;
      padding: 0.5rem 0.6rem;
      resize: vertical;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .embed-builder .copy-row { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin-top: 0.6rem; }
    .embed-builder button {
      font: inherit;
      padding: 0.45rem 0.9rem;
      min-height: 2.25rem;
      border: 1px solid #1d5fa8;
      border-radius: 6px;
      background: #1d5fa8;
      color: #fff;
      cursor: pointer;
    }
    .embed-builder button:hover { background: #174b85; }
    .embed-builder :focus-visible { outline: 3px solid #1f1f1f; outline-offset: 2px; }
    .embed-builder .copy-status { margin: 0; min-height: 1.45em; flex: 1 1 12rem; }
  `;
  document.head.append(style);
}

const meta = {
  title: 'Für Redakteure/Einbettungscode erstellen',
  // One tool, no API table: no autodocs page beside it.
  tags: ['!autodocs'],
  render: () => {
    defineEmbedBuilder();
    return html`<story-embed-builder></story-embed-builder>`;
  },
  parameters: {
    layout: 'padded',
    controls: { disable: true },
    actions: { disable: true },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const EinbettungscodeErstellen: Story = {
  name: 'Einbettungscode erstellen',
};
