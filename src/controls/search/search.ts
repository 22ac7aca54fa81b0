import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { KnErrorEvent } from '../../events/kn-error-event.js';
import { langAttribute } from '../../i18n/data-lang.js';
import type { Lang } from '../../i18n/lang.js';
import { controlStyles } from '../control-styles.js';
import { MapBinding } from '../map-binding.js';
import { withDataParts, type DataPart } from '../../i18n/data-parts.js';
import { AddressLookup } from './address-lookup.js';
import type { Place } from './geocoder.js';
import type { Box, LngLat } from '../../data/anchor.js';
import { fold } from './match.js';
import { PlaceNames } from './place-names.js';
import { HintFit } from './hint-fit.js';
import { ListRoom } from './list-room.js';
import { findResults, type Hit, type Result } from './results.js';
import { searchStyles } from './search.styles.js';
import { t } from './search.messages.js';
import { CHOSEN_MOVE } from '../../map/move-tags.js';

type Option = { kind: 'result'; result: Result } | { kind: 'address'; place: Place };

const ANNOUNCE_DELAY_MS = 500;
/** The places that come with the library (districts, stops, waters of Konstanz) have German names. */
const PLACES_LANG = 'de';

/**
 * Finds what citizens type: the features of the bound map's layers by name, and the places of Konstanz that
 * come with the library — the districts (Stadtteile), bus stops, weather stations, the lake's parts and a few
 * landmarks (Konzil, Hafen, Münster, Rathaus …). A combobox after the ARIA 1.2 pattern (an input with
 * `role="combobox"` and a listbox popup).
 *
 * Matching ignores case and diacritics ("marktstatte" and "Marktstaette" find "Marktstätte"), finds any word
 * of a name and the start of one ("Rathaus" finds "Wollmatingen Rathaus", "Rat" finds "Rathaus …"), and
 * forgives typos: one in a word of 4 to 7 letters, two in a longer one ("Marktstete"). Exact names come
 * first, then names and words starting with the query, then the rest, typos last; among names that match as well,
 * districts come first ("wollmatingn": Wollmatingen before the bus stops named after it). The same name at the
 * same place (within 50 m; for areas, each lying over the other's point: a district and a layer's polygon of it)
 * in several layers or files is one result. Each result says what it is: the layer's
 * name for features, "Stadtteil", "Haltestelle", "Wetterstation", "Gewässer", "Ort", "Adresse".
 *
 * The list of results opens below the field, no lower than the map's frame (in a map corner) or the screen, and clear
 * of the map's scale and credits: where there is less room it is lower and scrolls (room for two results at least),
 * and where there is more room above the field than below it opens above. It is measured again when the window, the
 * map or the page's zoom changes. The result chosen with the arrow keys is always scrolled into view.
 *
 * Up and Down move through the results, Enter chooses the one marked (none marked: the first), Escape closes the list (and, pressed again,
 * clears the field), Home and End move the cursor in the field. Choosing a feature calls the layer's
 * `focusFeature()`: the map frames and highlights it and fires `kn-select` (so `<kn-feature-details>` opens).
 * Choosing a place or an address frames it on the map and clears the map's selection (a hotspot clicked before
 * is not that place: its details close). Either way the choice becomes the map's place
 * (`registry.place`: name and position, the centroid for areas), where tasks like "nearest hotspot" start.
 * The number of results is announced politely once typing pauses. Layers switched off (`hidden`) and
 * features their filters hide are not searched.
 *
 * The place names are read from the library's assets folder the first time the field is used (not when the
 * page loads); `no-places` leaves them out. With `geocoder`, addresses are searched as well, on a
 * self-hosted Photon or Nominatim-compatible service, and listed in their own group; without it, the search
 * sends nothing to any other server. Answers whose position is no place on the earth (a latitude beyond 90°,
 * 1e9, words) are left out, and the search says so under the field and in a `kn-error` (`geocoder-invalid`).
 *
 * @event {KnErrorEvent} kn-error - `geocoder-invalid`: the geocoder answered with positions that are none (left out).
 *
 * @tagname kn-search
 * @summary Search the places of Konstanz and the map's features by name, forgiving typos (and addresses on your own geocoder).
 *
 * @csspart container - The panel around the field.
 * @csspart label - The visible label.
 * @csspart input - The search field (the combobox).
 * @csspart clear-button - The button that empties the field.
 * @csspart hint - What to type, under the label where it does not fit in the field as its placeholder (a narrow
 *   field, enlarged text).
 * @csspart listbox - The popup list of results.
 * @csspart group-label - The heading of a group of results ("Adressen").
 * @csspart option - One result.
 * @csspart kind - What a result is ("Stadtteil", "Haltestelle", the layer's name …).
 * @csspart geocoder-notice - The line under the field saying that answers of the geocoder were left out.
 *
 * @cssproperty [--kn-search-width=18rem] - Width of the element.
 * @cssproperty [--kn-search-list-max-height=16rem] - Height after which the results scroll (the list is lower where there is less room: see above).
 * @cssproperty [--kn-search-border-color=#767676] - Border of the field and the list (falls back to `--kn-color-muted`).
 * @cssproperty [--kn-search-input-background=#ffffff] - Background of the field (falls back to `--kn-panel-background`).
 * @cssproperty [--kn-search-hover-background] - Background of a result under the pointer (10 % of `--kn-color-link`).
 * @cssproperty [--kn-search-active-background=#1d5fa8] - Background of the active result (falls back to `--kn-color-link`).
 * @cssproperty [--kn-search-active-color=#ffffff] - Text of the active result (falls back to `--kn-panel-background`).
 * @cssproperty [--kn-color-link=#1d5fa8] - Accent of the results.
 * @cssproperty [--kn-color-muted=#555555] - Placeholder, group labels, what a result is.
 * @cssproperty [--kn-color-focus=#1d5fa8] - Focus outline.
 * @cssproperty [--kn-panel-background=#ffffff] - Panel background.
 * @cssproperty [--kn-font-family=system-ui] - Font.
 */
export class KnSearch extends LitElement {
  static override styles = [controlStyles, searchStyles];

  private readonly binding = new MapBinding(this);
  /** Whether the hint fits in the field (its placeholder) or stands under the label. */
  private readonly hintFit = new HintFit(this, () => this.hint(this.binding.lang));

  constructor() {
    super();
    // Fits the list of results into the room below (or above) the field: the map's frame in a corner, else the screen.
    new ListRoom(
      this,
      () => this.mapControlsBelow(),
      () => this.scrollOptionIntoView(),
    );
  }

  /** Id of a `<kn-map>` elsewhere on the page; without it, the enclosing `<kn-map>`. */
  @property({ reflect: true }) for?: string;

  /** Like `for` (which wins), in the form CMS editors keep (TinyMCE 8 removes `for`). */
  @property({ attribute: 'data-map', reflect: true }) dataMap?: string;

  /** The field's label. Default: "Suche" / "Search". */
  @property() label?: string;

  /** Keeps the label for screen readers but does not show it (e.g. in a map corner, beside a placeholder). */
  @property({ attribute: 'hide-label', type: Boolean, reflect: true }) hideLabel = false;

  /** Most results listed (features and places; the geocoder's addresses come on top, up to 5). */
  @property({ type: Number }) limit = 8;

  /** Leaves out the place names that come with the library (districts, stops, weather stations, waters, landmarks). */
  @property({ attribute: 'no-places', type: Boolean, reflect: true }) noPlaces = false;

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
  /** The names from data in `announcement`, with their languages. */
  private announcedParts: DataPart[] = [];

  private results: Result[] = [];
  private resultsKey = '';
  private readonly placeNames = new PlaceNames(this, () => {
    if (this.expanded && fold(this.query)) this.scheduleAnnouncement();
  });
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** Enter pressed with no result marked while the addresses were still being looked up: the first is chosen once they are in. */
  private chooseFirstWhenIn = false;

  private readonly addresses = new AddressLookup(this, (ok) => {
    if (this.chooseFirstWhenIn) {
      this.chooseFirstWhenIn = false;
      void this.updateComplete.then(() => {
        if (this.isOpen && this.active < 0) this.choose(this.options[0]);
      });
    }
    if (ok) this.scheduleAnnouncement();
    else this.announce(t(this.binding.lang, 'geocoder.failed'));
    if (this.addresses.dropped) this.dispatchEvent(new KnErrorEvent({ code: 'geocoder-invalid', message: this.droppedText() }));
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.binding.bindIfNamed(changed);
    this.updateResults();
    if (this.active >= this.options.length) this.active = this.options.length - 1;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('active') && this.active >= 0) this.scrollOptionIntoView();
  }

  /** What to type: in the field while it fits there, else under the label (`HintFit`). */
  private hint(lang: Lang): string {
    return t(lang, this.geocoder?.trim() ? 'placeholder.geocoder' : 'placeholder');
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  private get options(): Option[] {
    return [
      ...this.results.map((result): Option => ({ kind: 'result', result })),
      ...this.addresses.places.map((place): Option => ({ kind: 'address', place })),
    ];
  }

  private get isOpen(): boolean {
    return this.expanded && this.options.length > 0;
  }

  /** Searches again when the query, the layers (their data, filters, visibility), the places or the language changed. */
  private updateResults(): void {
    const lang = this.binding.lang;
    const places = this.noPlaces ? undefined : this.placeNames.entries;
    const key = [this.query, lang, this.limit, this.binding.registry?.version ?? NaN, places?.length ?? 0].join('\u0000');
    if (key === this.resultsKey && this.binding.registry) return;
    this.resultsKey = key;
    this.results = findResults({
      query: this.query,
      limit: this.limit,
      lang,
      layers: this.binding.layers,
      nameField: (layer) => this.binding.describe(layer).nameField,
      places,
    });
  }

  /** Reads the place names the first time the field is used; the results follow when they are there. */
  private loadPlaces(): void {
    if (!this.noPlaces) this.placeNames.load();
  }

  // ---- typing and keys ----

  private onInput(event: Event): void {
    this.loadPlaces();
    this.query = (event.target as HTMLInputElement).value;
    this.chooseFirstWhenIn = false;
    // Emptied by hand (select all, Backspace; Escape in the field) as by ✕: the place chosen is given up.
    if (!this.query.trim()) this.givePlaceUp();
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
        // The result marked with the arrows, or the first (a phone's "Los" key, a name typed whole and Enter); the
        // first once the addresses are in where they are still being looked up (an address typed whole). Not while a
        // phone's keyboard is still composing a word.
        if (event.isComposing) return;
        if (this.expanded && this.active < 0 && this.addresses.pending) {
          event.preventDefault();
          this.chooseFirstWhenIn = true;
        } else if (this.isOpen) {
          event.preventDefault();
          this.choose(this.options[Math.max(this.active, 0)]);
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
    this.givePlaceUp();
    this.announce('');
    this.close();
    this.input?.focus();
  }

  /** The place chosen is given up with its name: "nearest hotspot" no longer offers to start there, its pin goes. */
  private givePlaceUp(): void {
    if (this.binding.registry?.place) this.binding.registry.setPlace(undefined);
  }

  // ---- choosing ----

  private choose(option: Option): void {
    this.close();
    this.addresses.cancel();
    const lang = this.binding.lang;
    if (option.kind === 'address') {
      const { label, center, bounds } = option.place;
      this.query = label;
      this.binding.registry?.clearSelection(); // a hotspot clicked before is not this place: its details close
      this.frame(center, bounds);
      this.setPlace(label, center);
      this.announce(t(lang, 'moved-to', { label }));
      return;
    }
    const { name, main, lngLat } = option.result;
    this.query = name;
    const hit = main.item;
    const nameLang = this.langOf(hit);
    if (hit.source === 'layer') {
      hit.layer.focusFeature(hit.feature);
    } else {
      this.binding.registry?.clearSelection(); // a hotspot clicked before is not this place: its details close
      this.frame(hit.entry.lngLat, hit.entry.bounds, hit.entry.zoom);
      this.announce(t(lang, 'moved-to', { label: `${name} (${this.kindOf(hit)})` }), [{ text: name, lang: nameLang }]);
    }
    // A feature with no place of its own (set on the map only to be seen) is no place to start from.
    const placeless = hit.source === 'layer' && hit.layer.hasPlace?.(hit.feature) === false;
    if (lngLat && !placeless) this.setPlace(name, lngLat, nameLang);
    else if (placeless) this.givePlaceUp();
  }

  /** Makes the choice the map's place, where tasks like "nearest hotspot" start. */
  private setPlace(name: string, lngLat: LngLat, lang?: string): void {
    this.binding.registry?.setPlace({ name, lngLat: [lngLat[0], lngLat[1]], ...(lang ? { lang } : {}) });
  }

  /** The language of a hit's name: its layer's data's, or German for the bundled places of Konstanz. */
  private langOf(hit: Hit): string | undefined {
    return hit.source === 'layer' ? this.binding.describe(hit.layer).dataLang : PLACES_LANG;
  }

  /**
   * Frames a place: its extent, or its point at `zoom` (default: 17, or closer if the map is closer). At once
   * when the user prefers reduced motion.
   */
  private frame(center: LngLat, bounds?: Box, zoom?: number): void {
    const map = this.binding.map;
    if (!map) return;
    const instant = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const fitted =
      bounds && (bounds[0] !== bounds[2] || bounds[1] !== bounds[3])
        ? map.cameraForBounds(bounds, { padding: this.binding.framePadding, maxZoom: 18 })
        : undefined;
    const camera = fitted ? { ...fitted } : { center, zoom: zoom ?? Math.max(map.getZoom(), 17) };
    if (instant) map.jumpTo(camera, CHOSEN_MOVE);
    else map.easeTo({ ...camera, duration: 600 }, CHOSEN_MOVE);
  }

  /** What a hit is, in words: the layer's name, or the kind of place. */
  private kindOf(hit: Hit): string {
    return hit.source === 'layer' ? this.binding.describe(hit.layer).name : t(this.binding.lang, `kind.${hit.entry.kind}`);
  }

  // ---- announcements ----

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.announceCount(), ANNOUNCE_DELAY_MS);
  }

  /** "Keine Treffer", saying what is searched where addresses are not (no `geocoder`): an address finds nothing. */
  private noneText(lang: Lang): string {
    return t(lang, this.geocoder ? 'count.none' : 'count.none.no-addresses');
  }

  private announceCount(): void {
    const lang = this.binding.lang;
    const count = this.options.length;
    this.announcedParts = [];
    if (!fold(this.query)) this.announcement = '';
    else if (count === 1) this.announcement = t(lang, 'count.one');
    else this.announcement = count ? t(lang, 'count', { count }) : this.noneText(lang);
    if (this.addresses.dropped) this.announcement += ` ${this.droppedText()}`;
  }

  /** "Eine Antwort der Adresssuche hat ungültige Koordinaten …": what the geocoder's last answer lacked. */
  private droppedText(): string {
    const count = this.addresses.dropped;
    return t(this.binding.lang, count === 1 ? 'geocoder.dropped.one' : 'geocoder.dropped', { count });
  }

  /** Says something now (and drops a count still waiting to be said). */
  private announce(text: string, parts: DataPart[] = []): void {
    clearTimeout(this.announceTimer);
    this.announcedParts = parts;
    this.announcement = text;
  }

  /** The map's own controls along its bottom edge (scale, credits), drawn over a list that reaches them from a corner. */
  private mapControlsBelow(): Element[] {
    const map = this.binding.map;
    if (!map || !this.binding.mapElement?.contains(this)) return [];
    return (['bottom-left', 'bottom-right'] as const).flatMap((corner) => [...(map._controlPositions[corner]?.children ?? [])]);
  }

  private scrollOptionIntoView(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('[role="listbox"]');
    const option = this.renderRoot.querySelector<HTMLElement>(`#option-${this.active}`);
    if (!list || !option) return;
    // Within the list's padding box (the list is the options' offset parent); the first of a group with its heading.
    const group = option.parentElement?.getAttribute('role') === 'group' ? option.parentElement : null;
    const top = group && option === group.querySelector('[role="option"]') ? group.offsetTop : option.offsetTop;
    const bottom = option.offsetTop + option.offsetHeight;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = Math.ceil(bottom - list.clientHeight);
  }

  // ---- rendering ----

  private renderOption(option: Option, index: number) {
    const lang = this.binding.lang;
    const [name, kinds] =
      option.kind === 'result'
        ? [option.result.name, [...new Set(option.result.members.map((member) => this.kindOf(member.item)))]]
        : [option.place.label, [t(lang, 'kind.address')]];
    // A name from data carries its language where it is not the map's (WCAG 3.1.2); addresses: the service's.
    const nameLang = option.kind === 'result' ? langAttribute(this.langOf(option.result.main.item), lang) : undefined;
    return html`<div
      role="option"
      id="option-${index}"
      part="option"
      aria-selected=${index === this.active ? 'true' : 'false'}
      @mousedown=${(event: Event) => event.preventDefault()}
      @click=${() => this.choose(option)}
    >
      <span class="name" lang=${ifDefined(nameLang)}>${name}</span><span class="meta" part="kind"><span class="visually-hidden">, </span>${kinds.join(' · ')}</span>
    </div>`;
  }

  private renderResults(lang: Lang) {
    const options = this.options.map((option, index) => this.renderOption(option, index));
    if (!this.geocoder?.trim()) return options;
    const features = options.slice(0, this.results.length);
    const places = options.slice(this.results.length);
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
        ${this.hintFit.below ? html`<p class="hint muted" id="hint" part="hint">${this.hint(lang).replace(/\s*…$/, '')}</p>` : nothing}
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
            placeholder=${this.hintFit.below ? nothing : this.hint(lang)}
            aria-describedby=${this.hintFit.below ? 'hint' : nothing}
            .value=${live(this.query)}
            @focus=${this.loadPlaces}
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
        ${noHits ? html`<p class="none muted" aria-hidden="true">${this.noneText(lang)}</p>` : nothing}
        ${this.addresses.dropped && fold(this.query) ? html`<p class="none muted" part="geocoder-notice" aria-hidden="true">${this.droppedText()}</p>` : nothing}
        <div class="visually-hidden" role="status">${withDataParts(this.announcement, this.announcedParts, lang)}</div>
      </div>
    `;
  }
}
