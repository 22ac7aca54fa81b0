import type { Feature } from 'geojson';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDistance } from '../../i18n/distance.js';
import type { DescribedLayer } from '../../registry/described-layer.js';
import type { NearestFacet } from '../../registry/layer-description.js';
import { asText } from '../../text/as-text.js';
import { controlStyles } from '../control-styles.js';
import { withDataParts, type DataPart } from '../../i18n/data-parts.js';
import { MapBinding } from '../map-binding.js';
import { targetLayer } from '../target-layer/target-layer.js';
import { t, type NearestMessageKey } from './nearest.messages.js';
import { nearestStyles } from './nearest.styles.js';

/** `parts`: the names from data in `text`, marked with their language where it is not the map's. */
type Outcome = { kind: 'found' | 'problem' | 'busy'; text: string; parts?: DataPart[] };

/**
 * "Where is the nearest hotspot?" as a task of its own: finds the nearest feature of a layer that offers it
 * (the WLAN hotspots in operation, or any layer whose description has a `nearest` facet) from the place last
 * chosen in `<kn-search>`, from the visitor's position (asked only when pressed) or from the centre of the
 * map. The result is framed on the map together with the starting point, selected (so `<kn-feature-details>`
 * shows it and `<kn-feature-list>` gets a distance column) and said in a status line that screen readers
 * announce: "Nächster Hotspot in Betrieb: Fischmarkt Richtung Stadtgarten, 1,6 km Luftlinie von Bushaltestelle Bücklestraße."
 *
 * Place it in a corner of `<kn-map>` (`slot="top-left"` …) or anywhere on the page with `for="map-id"`.
 *
 * @tagname kn-nearest
 * @summary Find the nearest hotspot (or feature) from a searched place, your position or the map centre.
 *
 * @csspart container - The panel around everything.
 * @csspart heading - The task's name, e.g. "Nächsten Hotspot finden".
 * @csspart button - Each starting-point button.
 * @csspart result - The status line with the result.
 *
 * @cssproperty [--kn-nearest-accent=#1d5fa8] - Colour of the buttons (falls back to `--kn-color-link`, light blue on a dark map).
 * @cssproperty [--kn-nearest-accent-text=#ffffff] - Text on the first button (falls back to `--kn-panel-background`).
 * @cssproperty [--kn-nearest-max-width=22rem] - Widest the panel grows.
 * @cssproperty [--kn-panel-background=#ffffff] - Background of the panel.
 * @cssproperty [--kn-color-error=#a4262c] - Colour of a problem (position refused).
 */
export class KnNearest extends LitElement {
  static override styles = [controlStyles, nearestStyles];

  /** Id of a `<kn-map>` elsewhere on the page; without it, the `<kn-map>` whose slot holds the control. */
  @property({ reflect: true }) for?: string;

  /** Like `for` (which wins), in the form CMS editors keep (TinyMCE 8 removes `for`). */
  @property({ attribute: 'data-map', reflect: true }) dataMap?: string;

  /** Id of the layer to search in; without it, the first layer of the map that offers "nearest". */
  @property({ reflect: true }) layer?: string;

  @state() private outcome?: Outcome;

  private readonly binding = new MapBinding(this, ['layers', 'place']);
  private request = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.binding.bindIfNamed(changed);
  }

  /** The layer searched, if there is one. */
  get target(): DescribedLayer | undefined {
    return targetLayer(this, this.binding, this.layer, 'nearest');
  }

  /**
   * Finds and shows the nearest feature to `from`; `fromName` says where that is, for the status line.
   * Returns the feature and its distance in metres, or null.
   */
  findFrom(from: [number, number], fromName: string, fromLang?: string): { feature: Feature; distance: number } | null {
    this.request++;
    const lang = this.binding.lang;
    const layer = this.target;
    const facet = this.facetOf(layer);
    if (!layer?.showNearest || !facet) return this.say('problem', t(lang, 'no-layer')), null;
    if (!layer.features.length) return this.say('problem', t(lang, 'loading')), null;
    // Asked for a hotspot, the visitor wants to see the hotspots: a layer switched off comes back on.
    if (layer.hidden) layer.hidden = false;
    const result = layer.showNearest(from);
    if (!result) return this.say('problem', facet.none), null;
    this.binding.registry?.setOrigin(from, fromName, fromLang);
    layer.focusFeature(result.feature, { include: from });
    const { nameField, dataLang } = this.binding.describe(layer);
    const name = asText(result.feature.properties?.[nameField]).trim();
    const params = { result: facet.result, name, distance: formatDistance(result.distance, lang), from: fromName };
    this.say('found', t(lang, name ? 'found' : 'found.unnamed', params), [
      { text: name, lang: dataLang },
      { text: fromName, lang: fromLang },
    ]);
    return result;
  }

  /** From the place last chosen in the search. */
  fromPlace(): void {
    const place = this.binding.registry?.place;
    if (place) this.findFrom(place.lngLat, place.name, place.lang);
  }

  /** From the map's centre. */
  fromCentre(): void {
    const map = this.binding.map;
    if (!map) return this.say('problem', t(this.binding.lang, 'no-map'));
    const { lng, lat } = map.getCenter();
    this.findFrom([lng, lat], t(this.binding.lang, 'centre.name'));
  }

  /** From the visitor's position: the browser asks for consent now, not before. */
  fromMe(): void {
    const lang = this.binding.lang;
    if (!navigator.geolocation) return this.say('problem', t(lang, 'me.unsupported'));
    const request = ++this.request;
    this.say('busy', t(lang, 'locating'));
    navigator.geolocation.getCurrentPosition(
      (position) => {
        if (request === this.request) this.findFrom([position.coords.longitude, position.coords.latitude], t(this.binding.lang, 'me.name'));
      },
      (error) => {
        if (request !== this.request) return;
        const key: NearestMessageKey = error.code === error.PERMISSION_DENIED ? 'me.denied' : 'me.unavailable';
        this.say('problem', t(this.binding.lang, key));
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  /** Says it in the status line; the same words again are said again (a live region only reads changes). */
  private say(kind: Outcome['kind'], text: string, parts?: DataPart[]): void {
    if (this.outcome?.text !== text) {
      this.outcome = { kind, text, parts };
      return;
    }
    this.outcome = undefined;
    void this.updateComplete.then(() => (this.outcome = { kind, text, parts }));
  }

  private facetOf(layer: DescribedLayer | undefined): NearestFacet | undefined {
    return layer && this.binding.describe(layer).facets.find((facet): facet is NearestFacet => facet.kind === 'nearest');
  }

  override render() {
    const lang = this.binding.lang;
    const layer = this.target;
    const facet = this.facetOf(layer);
    const place = this.binding.registry?.place;
    const disabled = !layer;
    return html`
      <section class="panel" part="container" lang=${lang} aria-labelledby="heading">
        <h2 id="heading" part="heading">${facet?.label ?? t(lang, 'label')}</h2>
        ${layer
          ? html`<p class="from muted" id="from">${t(lang, 'from')}</p>
              <div class="choices" role="group" aria-labelledby="heading from">
                ${place
                  ? html`<button type="button" class="primary" part="button" @click=${this.fromPlace}>
                      ${withDataParts(t(lang, 'from.place', { place: place.name }), [{ text: place.name, lang: place.lang }], lang)}
                    </button>`
                  : nothing}
                <button type="button" part="button" ?disabled=${disabled} @click=${this.fromMe}>${t(lang, 'from.me')}</button>
                <button type="button" part="button" ?disabled=${disabled} @click=${this.fromCentre}>${t(lang, 'from.centre')}</button>
              </div>
              ${place ? nothing : html`<p class="hint muted">${t(lang, 'place.hint')}</p>`}`
          : html`<p class="muted">${t(lang, 'no-layer')}</p>`}
        <p class="result ${this.outcome?.kind === 'problem' ? 'problem' : ''}" part="result" role="status">
          ${this.outcome ? withDataParts(this.outcome.text, this.outcome.parts ?? [], lang) : ''}
        </p>
      </section>
    `;
  }
}
