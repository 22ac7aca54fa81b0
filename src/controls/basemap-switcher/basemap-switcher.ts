import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { KnBasemapChangeEvent } from '../../events/kn-basemap-change-event.js';
import { KnErrorEvent } from '../../events/kn-error-event.js';
import { choiceGroupStyles, controlStyles } from '../control-styles.js';
import { DEFAULT_BASEMAP } from '../../map/basemaps/registry.js';
import { MapBinding } from '../map-binding.js';
import { basemapOptions, currentOption, defaultSpecs, namedSpecs, optionSpecs, type BasemapOption, type BasemapSpec, type MapBasemap } from './basemap-options.js';
import { basemapPreview } from './basemap-preview.js';
import { t } from './basemap-switcher.messages.js';
import { basemapSwitcherStyles } from './basemap-switcher.styles.js';

/** What the switcher needs of `<kn-map>` (controls do not import the map itself). */
interface BasemapMap extends HTMLElement {
  readonly effectiveBasemap: string;
  basemapLayers?: string;
  basemapAttribution?: string;
  basemapFlavor?: string;
  chooseBasemap(basemap: string, options: { layers?: string; attribution?: string; flavor?: string }): void;
}

/**
 * The map's attributes that say which basemap it shows, `data-kn-dark`, which it sets while it shows its dark theme,
 * and `data-kn-basemap-fallback`, which it sets while the offline map stands in for a basemap that could not be loaded.
 */
const MAP_ATTRIBUTES = ['basemap', 'basemap-layers', 'basemap-attribution', 'basemap-flavor', 'data-kn-dark', 'data-kn-basemap-fallback'];

/**
 * Lets visitors choose the basemap: a group "Grundkarte" / "Basemap" with one real radio button per basemap, each
 * with a small preview in its colours (drawn here, nothing is requested for it; in the map's dark theme the offline
 * map and a street map show their dark colours, as the map draws them), its name and its provider; an
 * external one is marked "extern – Einwilligung nötig" and shows the map's two-click consent card when chosen (on a
 * map without `consent` too), so nothing is requested from its server before the visitor agrees. Tab reaches the
 * group, the arrow keys choose. Data layers keep their data, filters and selection; no data file is loaded again.
 *
 * The choices, in order: `<option>` children (`<option value="konstanz">Offline-Karte</option>`; the value is anything
 * `<kn-map basemap>` takes, the text the name shown; `data-layers` and `data-attribution` become `basemap-layers` and
 * `basemap-attribution` for a WMS or raster basemap, `data-flavor` `basemap-flavor`, `data-provider` the provider
 * shown), else the names in `basemaps`, else the offline map, the map's own basemap, `basemap-de`,
 * `basemap-de-raster` and `openfreemap`. Named basemaps get their name and provider (BKG, OpenStreetMap
 * contributors, City of Konstanz) in the map's language; a value no map can use is left out and reported
 * (`kn-error` `invalid-attribute`): inside the map as its notice, beside it below the group.
 *
 * Place it in a corner of `<kn-map>` (`slot="top-right"` …) or anywhere on the page with `for="map-id"`.
 *
 * @tagname kn-basemap-switcher
 * @summary Choose the basemap: offline, a street map the site hosts, basemap.de, a WMS, with consent for external ones.
 *
 * @event {KnBasemapChangeEvent} kn-basemap-change - A visitor chose another basemap. `detail: {basemap, previous}`.
 * @event {KnErrorEvent} kn-error - `invalid-attribute`: an `<option>` or a name in `basemaps` is no basemap (left out). `detail: {code, message}`.
 *
 * @csspart container - The panel around everything.
 * @csspart fieldset - The group of radio buttons.
 * @csspart legend - The group's name ("Grundkarte" / "Basemap").
 * @csspart list - The list of basemaps.
 * @csspart item - One basemap: its radio button, preview and texts.
 * @csspart radio - A radio button.
 * @csspart preview - The small picture of a basemap.
 * @csspart name - A basemap's name.
 * @csspart provider - Its provider.
 * @csspart external - "extern – Einwilligung nötig" of an external basemap.
 * @csspart problem - The notice naming choices that are no basemap (beside the map; inside it the map's notice says it).
 *
 * @cssproperty [--kn-basemap-switcher-accent=#1d5fa8] - Colour of the chosen radio button (falls back to `--kn-color-primary`, then `--kn-color-link`: light blue on the dark theme).
 * @cssproperty [--kn-basemap-switcher-max-width=18rem] - Widest the panel grows.
 * @cssproperty [--kn-basemap-switcher-preview-border=#767676] - Edge of the previews (`#8a9099` inside a dark map, whose panel is dark).
 * @cssproperty [--kn-panel-background=#ffffff] - Background of the panel.
 * @cssproperty [--kn-panel-color=#1f1f1f] - Text colour (falls back to `--kn-color-text`).
 * @cssproperty [--kn-panel-padding=0.625rem 0.75rem] - Padding of the panel.
 * @cssproperty [--kn-panel-radius=6px] - Corner radius of the panel.
 * @cssproperty [--kn-panel-shadow=0 1px 4px rgb(0 0 0 / 0.25)] - Shadow of the panel.
 * @cssproperty [--kn-color-muted=#555555] - Provider and "extern" lines.
 * @cssproperty [--kn-color-focus=#1d5fa8] - Focus outline.
 * @cssproperty [--kn-font-family=system-ui] - Font.
 */
export class KnBasemapSwitcher extends LitElement {
  static override styles = [controlStyles, choiceGroupStyles, basemapSwitcherStyles];

  /** Id of a `<kn-map>` elsewhere on the page; without it, the `<kn-map>` whose corner slot holds the switcher. */
  @property({ reflect: true }) for?: string;

  /** Like `for` (which wins), in the form CMS editors keep (TinyMCE 8 removes `for`). */
  @property({ attribute: 'data-map', reflect: true }) dataMap?: string;

  /** The basemaps to offer, comma-separated (`konstanz, basemap-de, basemap-de-raster`), when there are no `<option>` children. */
  @property({ reflect: true }) basemaps?: string;

  private readonly binding = new MapBinding(this, []);
  private specs: BasemapSpec[] = [];
  /** Follows the `<option>` children. */
  private readonly children$ = new MutationObserver(() => this.readOptions());
  /** Follows the bound map's basemap attributes (set by a script, another switcher …) and its theme (`data-kn-dark`). */
  private readonly mapWatch = new MutationObserver(() => this.requestUpdate());
  private watchedMap?: HTMLElement;
  /** The basemap the page gave the bound map (offered by default), read when the switcher first sees that map. */
  private pageBasemap?: { of: HTMLElement; basemap?: MapBasemap };
  /** What `offered()` gave for this update: rendered, and its invalid values reported. */
  private choices: { options: BasemapOption[]; invalid: string[] } = { options: [], invalid: [] };
  /** The invalid values already reported, so that each is reported once. */
  private reported = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.readOptions();
    this.children$.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['value', 'data-layers', 'data-attribution', 'data-flavor', 'data-provider'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.children$.disconnect();
    this.mapWatch.disconnect();
    this.watchedMap = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.binding.bindIfNamed(changed);
    this.choices = this.offered();
  }

  protected override updated(): void {
    const element = this.binding.mapElement;
    if (element !== this.watchedMap) {
      this.mapWatch.disconnect();
      this.watchedMap = element;
      if (element) this.mapWatch.observe(element, { attributes: true, attributeFilter: MAP_ATTRIBUTES });
    }
    this.reportInvalid();
  }

  private readOptions(): void {
    this.specs = optionSpecs(this);
    this.requestUpdate();
  }

  private get map(): BasemapMap | undefined {
    const element = this.binding.mapElement as BasemapMap | undefined;
    return element && typeof element.chooseBasemap === 'function' ? element : undefined;
  }

  /** The basemap the map is asked to show. */
  private get asked(): MapBasemap | undefined {
    const map = this.map;
    if (!map) return undefined;
    return { basemap: map.effectiveBasemap, layers: map.basemapLayers, attribution: map.basemapAttribution, flavor: map.basemapFlavor };
  }

  /** The basemap the map shows: the one asked for, or the offline map standing in for one that could not be loaded (choosing that again tries again). */
  private get shown(): MapBasemap | undefined {
    return this.map?.hasAttribute('data-kn-basemap-fallback') ? { basemap: DEFAULT_BASEMAP } : this.asked;
  }

  /**
   * Whether the bound map shows its dark theme (`theme="dark"`, or `"auto"` with a dark system setting): its `isDark`,
   * or before it is upgraded its `data-kn-dark` attribute.
   */
  private get dark(): boolean {
    const element = this.binding.mapElement as (HTMLElement & { readonly isDark?: unknown }) | undefined;
    if (!element) return false;
    return typeof element.isDark === 'boolean' ? element.isDark : element.hasAttribute('data-kn-dark');
  }

  /** The choices and the values that are none, in the map's language (previews in its theme). */
  private offered(): { options: BasemapOption[]; invalid: string[] } {
    const base = document.baseURI;
    const map = this.map;
    if (map && this.pageBasemap?.of !== map) this.pageBasemap = { of: map, basemap: this.asked };
    const specs = this.specs.length ? this.specs : this.basemaps?.trim() ? namedSpecs(this.basemaps) : defaultSpecs(this.pageBasemap?.basemap, base);
    return basemapOptions(specs, this.binding.lang, base, this.dark);
  }

  private reportInvalid(): void {
    const lang = this.binding.lang;
    for (const value of this.choices.invalid) {
      if (this.reported.has(value)) continue;
      this.reported.add(value);
      this.dispatchEvent(new KnErrorEvent({ code: 'invalid-attribute', message: t(lang, 'invalid', { value }) }, (lang) => t(lang, 'invalid', { value })));
    }
  }

  private choose(option: BasemapOption): void {
    const map = this.map;
    if (!map) return;
    const previous = map.effectiveBasemap;
    map.chooseBasemap(option.value, { layers: option.layers, attribution: option.attribution, flavor: option.flavor });
    this.dispatchEvent(new KnBasemapChangeEvent({ basemap: option.value, previous }));
  }

  override render() {
    const lang = this.binding.lang;
    const { options, invalid } = this.choices;
    const current = currentOption(options, this.shown, document.baseURI);
    // Inside a dark map the panel takes its dark colours: the previews get a lighter edge there.
    const onDark = Boolean(this.closest('kn-map')?.hasAttribute('data-kn-dark'));
    return html`
      <div class=${onDark ? 'panel on-dark' : 'panel'} part="container" lang=${lang}>
        <fieldset part="fieldset">
          <legend part="legend">${t(lang, 'title')}</legend>
          ${options.length
            ? html`<ul part="list">
                ${options.map(
                  (option) => html`<li part="item">
                    <label>
                      <input type="radio" name="basemap" part="radio" .checked=${live(option === current)} @change=${() => this.choose(option)} />
                      ${basemapPreview(option.preview)}
                      <span class="text">
                        <span part="name">${option.name}</span>
                        <span class="provider" part="provider">${option.provider}</span>
                        ${option.external ? html`<span class="external" part="external">${t(lang, 'external')}</span>` : nothing}
                      </span>
                    </label>
                  </li>`,
                )}
              </ul>`
            : html`<p class="muted">${t(lang, 'empty')}</p>`}
          ${
            // Inside a map its notices show the `kn-error` (once is enough); beside it, the switcher says it.
            this.closest('kn-map') ? nothing : invalid.map((value) => html`<p class="problem" part="problem">${t(lang, 'invalid', { value })}</p>`)
          }
        </fieldset>
      </div>
    `;
  }
}
