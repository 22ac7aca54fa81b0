import type { Feature } from 'geojson';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Lang } from '../../i18n/lang.js';
import type { DescribedLayer } from '../../registry/described-layer.js';
import { controlStyles } from '../control-styles.js';
import { MapBinding } from '../map-binding.js';
import { AddressLookup } from './address-lookup.js';
import type { Place } from './geocoder.js';
import { findMatches, fold, type Candidate, type Match } from './match.js';
import { searchStyles } from './search.styles.js';
import { t } from './search.messages.js';

type Hit = { layer: DescribedLayer; feature: Feature };
type Option = { kind: 'feature'; match: Match<Hit> } | { kind: 'place'; place: Place };

const ANNOUNCE_DELAY_MS = 500;

/**
 * Finds features of the bound map by name: a combobox after the ARIA 1.2 pattern (an input with
 * `role="combobox"` and a listbox popup). Matching ignores case and diacritics ("markt", "marktstatte" and
 * "Marktstaette" find "Marktstätte"); names that start with the query come first. Up and Down move
 * through the results, Enter chooses one, Escape closes the list (and, pressed again, clears the field),
 * Home and End move the cursor in the field. Choosing a feature calls the layer's `focusFeature()`: the
 * map frames and highlights it and fires `kn-select` (so `<kn-feature-details>` opens). The number of
 * results is announced politely once typing pauses. Layers switched off (`hidden`) and features their
 * filters hide are not searched.
 *
 * With `geocoder`, addresses are searched as well, on a self-hosted Photon or Nominatim-compatible
 * service, and listed in their own group; choosing one moves the map there. Without `geocoder`, the search
 * sends nothing anywhere.
 *
 * @tagname kn-search
 * @summary Search the map's features by name (and addresses on your own geocoder), by keyboard.
 *
 * @csspart container - The panel around the field.
 * @csspart label - The visible label.
 * @csspart input - The search field (the combobox).
 * @csspart clear-button - The button that empties the field.
 * @csspart listbox - The popup list of results.
 * @csspart group-label - The heading of a group of results ("Adressen").
 * @csspart option - One result.
 *
 * @cssproperty [--kn-search-width=18rem] - Width of the element.
 * @cssproperty [--kn-search-list-max-height=16rem] - Height after which the results scroll.
 * @cssproperty [--kn-search-border-color=#767676] - Border of the field and the list (falls back to `--kn-color-muted`).
 * @cssproperty [--kn-search-input-background=#ffffff] - Background of the field (falls back to `--kn-panel-background`).
 * @cssproperty [--kn-search-hover-background] - Background of a result under the pointer (10 % of `--kn-color-link`).
 * @cssproperty [--kn-search-active-background=#1d5fa8] - Background of the active result (falls back to `--kn-color-link`).
 * @cssproperty [--kn-search-active-color=#ffffff] - Text of the active result (falls back to `--kn-panel-background`).
 * @cssproperty [--kn-color-link=#1d5fa8] - Accent of the results.
 * @cssproperty [--kn-color-muted=#555555] - Placeholder, group labels, layer names.
 * @cssproperty [--kn-color-focus=#1d5fa8] - Focus outline.
 * @cssproperty [--kn-panel-background=#ffffff] - Panel background.
 * @cssproperty [--kn-font-family=system-ui] - Font.
 */
export class KnSearch extends LitElement {
  static override styles = [controlStyles, searchStyles];

  private readonly binding = new MapBinding(this);

  /** Id of a `<kn-map>` elsewhere on the page; without it, the enclosing `<kn-map>`. */
  @property({ reflect: true }) for?: string;

  /** The field's label. Default: "Suche" / "Search". */
  @property() label?: string;

  /** Keeps the label for screen readers but does not show it (e.g. in a map corner, beside a placeholder). */
  @property({ attribute: 'hide-label', type: Boolean, reflect: true }) hideLabel = false;

  /** Most features listed. */
  @property({ type: Number }) limit = 8;

  /**
   * URL of a self-hosted Photon or Nominatim-compatible geocoder, e.g. `/photon/api` (relative to the page);
   * requested as `{url}?q=…&limit=5`, answering a GeoJSON FeatureCollection or Nominatim's JSON. Leave it
   * out and nothing is sent anywhere.
   */
  @property() geocoder?: string;

  @state() private query = '';
  @state() private expanded = false;
  @state() private active = -1;
  @state() private announcement = '';

  private hits: Match<Hit>[] = [];
  private announceTimer?: ReturnType<typeof setTimeout>;
  private readonly addresses = new AddressLookup(this, (ok) => {
    if (ok) this.scheduleAnnouncement();
    else this.announce(t(this.binding.lang, 'geocoder.failed'));
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.binding.bind();
    this.hits = this.findHits();
    if (this.active >= this.options.length) this.active = this.options.length - 1;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('active') && this.active >= 0) this.scrollOptionIntoView();
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  private get options(): Option[] {
    return [
      ...this.hits.map((match): Option => ({ kind: 'feature', match })),
      ...this.addresses.places.map((place): Option => ({ kind: 'place', place })),
    ];
  }

  private get isOpen(): boolean {
    return this.expanded && this.options.length > 0;
  }

  private *candidates(): Generator<Candidate<Hit>> {
    for (const layer of this.binding.layers) {
      if (layer.hidden) continue;
      const { nameField } = this.binding.describe(layer);
      for (const feature of layer.features) {
        if (!layer.isShown(feature)) continue;
        const name = feature.properties?.[nameField];
        if (name !== undefined && name !== null) yield { name: String(name).trim(), item: { layer, feature } };
      }
    }
  }

  private findHits(): Match<Hit>[] {
    const limit = Number.isInteger(this.limit) && this.limit > 0 ? this.limit : 8;
    return findMatches(this.candidates(), this.query, limit, this.binding.lang);
  }

  // ---- typing and keys ----

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.expanded = true;
    this.active = -1;
    this.addresses.search(this.geocoder, this.query);
    this.scheduleAnnouncement();
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!count) return;
        if (!this.isOpen) {
          this.expanded = true;
          this.active = event.altKey ? -1 : 0;
        } else if (!event.altKey) {
          this.active = (this.active + 1) % count;
        }
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (!count) return;
        this.expanded = true;
        this.active = this.active <= 0 ? count - 1 : this.active - 1;
        return;
      case 'Enter':
        if (this.isOpen && this.active >= 0) {
          event.preventDefault();
          this.choose(this.options[this.active]);
        }
        return;
      case 'Escape':
        if (this.isOpen) {
          this.close();
        } else if (this.query) {
          this.clear();
        } else {
          return;
        }
        event.preventDefault();
        event.stopPropagation();
        return;
      case 'Home':
      case 'End':
        // The cursor moves in the field (the browser's default); no result stays active.
        this.active = -1;
        return;
    }
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.contains(next)) this.close();
  }

  private close(): void {
    this.expanded = false;
    this.active = -1;
  }

  private clear(): void {
    this.query = '';
    this.addresses.search(undefined, '');
    this.announce('');
    this.close();
    this.input?.focus();
  }

  // ---- choosing ----

  private choose(option: Option): void {
    this.close();
    this.addresses.cancel();
    if (option.kind === 'feature') {
      this.query = option.match.name;
      option.match.item.layer.focusFeature(option.match.item.feature);
    } else {
      this.query = option.place.label;
      this.moveTo(option.place);
      this.announce(t(this.binding.lang, 'moved-to', { label: option.place.label }));
    }
  }

  /** Moves the map to an address: at once when the user prefers reduced motion. */
  private moveTo(place: Place): void {
    const map = this.binding.map;
    if (!map) return;
    const instant = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const box = place.bounds;
    const camera =
      box && (box[0] !== box[2] || box[1] !== box[3])
        ? { ...map.cameraForBounds(box, { padding: 48, maxZoom: 18 }) }
        : { center: place.center, zoom: Math.max(map.getZoom(), 17) };
    if (instant) map.jumpTo(camera);
    else map.easeTo({ ...camera, duration: 600 });
  }

  // ---- announcements ----

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.announceCount(), ANNOUNCE_DELAY_MS);
  }

  private announceCount(): void {
    const lang = this.binding.lang;
    const count = this.options.length;
    this.announcement = !fold(this.query) ? '' : count ? t(lang, 'count', { count }) : t(lang, 'count.none');
  }

  /** Says something now (and drops a count still waiting to be said). */
  private announce(text: string): void {
    clearTimeout(this.announceTimer);
    this.announcement = text;
  }

  private scrollOptionIntoView(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('[role="listbox"]');
    const option = this.renderRoot.querySelector<HTMLElement>(`#option-${this.active}`);
    if (!list || !option) return;
    const [box, rect] = [list.getBoundingClientRect(), option.getBoundingClientRect()];
    if (rect.top < box.top) list.scrollTop -= box.top - rect.top;
    else if (rect.bottom > box.bottom) list.scrollTop += rect.bottom - box.bottom;
  }

  // ---- rendering ----

  private renderOption(option: Option, index: number) {
    const [name, meta] =
      option.kind === 'feature' ? [option.match.name, this.binding.describe(option.match.item.layer).name] : [option.place.label, undefined];
    return html`<div
      role="option"
      id="option-${index}"
      part="option"
      aria-selected=${index === this.active ? 'true' : 'false'}
      @mousedown=${(event: Event) => event.preventDefault()}
      @click=${() => this.choose(option)}
    >
      <span class="name">${name}</span>${meta ? html`<span class="meta">${meta}</span>` : nothing}
    </div>`;
  }

  private renderResults(lang: Lang) {
    const options = this.options.map((option, index) => this.renderOption(option, index));
    if (!this.geocoder?.trim()) return options;
    const features = options.slice(0, this.hits.length);
    const places = options.slice(this.hits.length);
    const group = (id: string, label: string, items: unknown[]) =>
      items.length
        ? html`<div role="group" aria-labelledby=${id}>
            <div class="group-label" part="group-label" id=${id} role="presentation">${label}</div>
            ${items}
          </div>`
        : nothing;
    return html`${group('group-features', t(lang, 'group.features'), features)}${group('group-places', t(lang, 'group.places'), places)}`;
  }

  override render() {
    const lang = this.binding.lang;
    const open = this.isOpen;
    const label = this.label?.trim() || t(lang, 'label');
    const noHits = this.expanded && !this.addresses.pending && !!fold(this.query) && this.options.length === 0;
    return html`
      <div class="panel" part="container" lang=${lang} @focusout=${this.onFocusOut}>
        <label for="input" part="label" class=${this.hideLabel ? 'visually-hidden' : ''}>${label}</label>
        <div class="field">
          <input
            id="input"
            part="input"
            type="text"
            enterkeyhint="search"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="listbox"
            aria-activedescendant=${open && this.active >= 0 ? `option-${this.active}` : nothing}
            placeholder=${t(lang, this.geocoder?.trim() ? 'placeholder.geocoder' : 'placeholder')}
            .value=${live(this.query)}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
          />
          ${
            this.query
              ? html`<button
                  type="button"
                  class="clear"
                  part="clear-button"
                  aria-label=${t(lang, 'clear')}
                  title=${t(lang, 'clear')}
                  @click=${this.clear}
                >
                  <span aria-hidden="true">✕</span>
                </button>`
              : nothing
          }
          <div role="listbox" id="listbox" part="listbox" aria-label=${t(lang, 'results')} ?hidden=${!open}>
            ${open ? this.renderResults(lang) : nothing}
          </div>
        </div>
        ${noHits ? html`<p class="none muted" aria-hidden="true">${t(lang, 'count.none')}</p>` : nothing}
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </div>
    `;
  }
}
