import type { Feature } from 'geojson';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { langAttribute } from '../../i18n/data-lang.js';
import type { Lang } from '../../i18n/lang.js';
import type { DescribedLayer } from '../../registry/described-layer.js';
import type { Bounds, LayerRegistry, RegistryTopic } from '../../registry/layer-registry.js';
import { lngLatConverter } from '../../map/converters.js';
import { controlStyles } from '../control-styles.js';
import { MapBinding } from '../map-binding.js';
import { featureListStyles } from './feature-list.styles.js';
import { t } from './feature-list.messages.js';
import { rovingIndex, targetIndex } from './roving.js';
import { buildRows, formatDistance, sameFeature, type FeatureRow, type SortDirection, type SortKey } from './rows.js';

type Row = FeatureRow<DescribedLayer>;

/**
 * The text alternative to the map: the features of the visible data layers as a table with a name, the
 * layer, the category or status and, once a position is known, the distance. It is the keyboard path to
 * the features — each name is a button that frames and highlights the feature on the map (and so opens
 * `<kn-feature-details>`), while the markers on the map are no tab stops. A feature selected on the map is
 * marked in the table and scrolled into view, without moving the focus.
 *
 * The rows are one tab stop (a roving tabindex): Tab enters on the row last focused or selected on the map (else
 * the first), the arrow keys, Home, End, PageUp and PageDown (10 rows) move between the names, Tab leaves the
 * table. Until a row was focused or a feature selected, the tab stop is on the first row as sorted now (also while
 * the layers load one after another); after that, when the rows change, it stays on the same feature, or goes to
 * the nearest row still listed.
 * Each name button is described by its layer, category and position ("Konstanz-WLAN, in Betrieb. 3 von 55.") and
 * a hint on the keys, shown too while a row has the keyboard focus.
 *
 * The row count is a polite live region: it is announced when the number changes (after a pan that brings
 * features in or out, a layer switched on or off, the scope toggled), not on every pan, and says what it counts
 * ("12 Einträge im Kartenausschnitt"). After a move the visitor made on the map, the map itself says what the view
 * shows (its layers' counts among it); after a move that framed a feature just selected (the nearest hotspot, a
 * search's result), that selection is said: the list's count changes then without being said, so one thing is
 * heard, not two. The rows are built again only when what they show changed: a pan does not rebuild a list of all features.
 *
 * With the view only, choosing an entry moves the map to it but leaves the rows as they were (so the visitor can
 * go on to the next entry) until the map is moved otherwise.
 *
 * @tagname kn-feature-list
 * @summary Accessible, sortable table of the map's features, limited to the map view or all.
 *
 * @csspart container - The panel around everything.
 * @csspart scope - The label with the "only in the map view" checkbox.
 * @csspart count - The row count (a polite live region).
 * @csspart scroller - The scrolling box around the table.
 * @csspart table - The table.
 * @csspart column-header - Each column header (holding its sort button).
 * @csspart row - Each row of a feature.
 * @csspart row-selected - The row of the feature selected on the map (also `row`).
 * @csspart name-button - The button with a feature's name.
 * @csspart more-button - "Show more", when there are more rows than `max-rows`.
 * @csspart hint - The hint on the arrow keys, shown while a row has the keyboard focus.
 *
 * @cssproperty [--kn-feature-list-max-height=22rem] - Height after which the table scrolls.
 * @cssproperty [--kn-feature-list-max-width=none] - Width limit of the element.
 * @cssproperty [--kn-feature-list-link-color=#1d5fa8] - Colour of the name buttons (falls back to `--kn-color-link`).
 * @cssproperty [--kn-feature-list-selected-background] - Background of the selected row (15 % of `--kn-color-link`).
 * @cssproperty [--kn-feature-list-rule-color] - Lines between rows (25 % of the text colour).
 * @cssproperty [--kn-color-link=#1d5fa8] - Name buttons, "show more", the bar beside the selected row.
 * @cssproperty [--kn-color-primary=#1d5fa8] - The checkbox (without it: `--kn-color-link`, light blue on the dark theme).
 * @cssproperty [--kn-color-focus=#1d5fa8] - Focus outline.
 * @cssproperty [--kn-panel-background=#ffffff] - Panel background.
 * @cssproperty [--kn-panel-color=#1f1f1f] - Text colour.
 * @cssproperty [--kn-font-family=system-ui] - Font.
 */
export class KnFeatureList extends LitElement {
  static override styles = [controlStyles, featureListStyles];

  private readonly binding = new MapBinding(this, (): RegistryTopic[] =>
    this.scope === 'all' ? ['layers', 'selection', 'origin'] : ['layers', 'selection', 'origin', 'view'],
  );

  /** Id of a `<kn-map>` elsewhere on the page; without it, the enclosing `<kn-map>`. */
  @property({ reflect: true }) for?: string;

  /** Like `for` (which wins), in the form CMS editors keep (TinyMCE 8 removes `for`). */
  @property({ attribute: 'data-map', reflect: true }) dataMap?: string;

  /**
   * `view`: only features in the current map view (default), as the map's keyboard walk (N, W) counts them: a point
   * in it, a line crossing it, an area whose centroid (or a part's) is in it or which lies around the centre; `all`:
   * every feature of the visible layers.
   */
  @property({ reflect: true }) scope: 'view' | 'all' = 'view';

  /**
   * A position as "longitude,latitude": adds the distance column. Set by the page (e.g. the user's location);
   * without it, the point a layer of the map measured from last (e.g. the start of a nearest-hotspot search).
   */
  @property({ converter: lngLatConverter }) position?: [number, number];

  /** Column the rows are sorted by: `name`, `layer`, `category` or `distance`. */
  @property({ reflect: true }) sort: SortKey = 'name';

  /** `ascending` or `descending`. */
  @property({ attribute: 'sort-direction', reflect: true }) sortDirection: SortDirection = 'ascending';

  /** Rows rendered at first and added by each "show more". */
  @property({ attribute: 'max-rows', type: Number }) maxRows = 200;

  /** Caption of the table. Default: "Einträge im Kartenausschnitt" / "Alle Einträge der sichtbaren Ebenen". */
  @property() label?: string;

  @state() private limit?: number;

  private rows: Row[] = [];
  /** What the rows were built from; they are built again only when it changes. */
  private rowsKey?: readonly unknown[];
  private selected?: Feature;
  private scrollToSelected = false;
  private focusRowAfterUpdate?: number;
  /** The rows rendered (the first `limit`), and the one of them holding the tab stop. */
  private shown: Row[] = [];
  private current?: Row;
  /**
   * Whether the visitor chose the row holding the tab stop: focused a row, or selected a feature on the map. Until
   * then the tab stop is on the first row as the rows are sorted now, however often they change while the layers load.
   */
  private tabStopChosen = false;
  /** Whether a name button had the focus before this update (it may have been removed or moved). */
  private focusWasInRows = false;
  /** The count as last shown, and whether it changed without being said (the map said what its view shows). */
  private countShown = '';
  private countQuiet = false;
  /** The map's view at the last update: whether it moved since. */
  private mapView?: Bounds;

  /** The distance column's point: `position`, else the map's origin (e.g. of a nearest-hotspot search). */
  private get from(): [number, number] | undefined {
    const position = this.position ?? this.binding.registry?.origin;
    return position?.every(Number.isFinite) ? position : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.binding.bindIfNamed(changed);
    const registry = this.binding.registry;
    const selected = registry?.selection?.feature;
    // A selection renewed (the same feature derived anew: a year, a filter) is no news: no scrolling, no tab stop move.
    const renewed = !!registry?.selection?.renewed;
    const selectionChanged = selected !== this.selected;
    if (selectionChanged) {
      this.selected = selected;
      this.scrollToSelected = !!selected && !renewed;
    }
    const position = this.from;
    const sort = this.sort === 'distance' && !position ? 'name' : this.sort;
    const view = this.listedView(registry, selected);
    const lang = this.binding.lang;
    const key = [registry, registry?.version, view, lang, position, sort, this.sortDirection];
    const differ = this.rowsKey ? key.flatMap((value, i) => (value !== this.rowsKey![i] ? [i] : [])) : [-1];
    if (differ.length) {
      this.rowsKey = key;
      const sources = this.binding.layers.map((layer) => ({ layer, ...this.binding.describe(layer) }));
      this.rows = buildRows(sources, { lang, view, position, sort, direction: this.sortDirection });
    }
    // A new count is said (a polite live region), except when only the view changed and the map says what it shows:
    // one announcement after a pan, not two.
    const count = this.binding.mapElement ? this.countText(lang) : t(lang, 'no-map');
    const mapMoved = registry?.view !== this.mapView;
    this.mapView = registry?.view;
    if (count !== this.countShown) {
      // Quiet too after a move that brought a selected feature into view (the nearest hotspot found, a search's
      // result): what was selected is said then, and a count in the same moment would be heard over it.
      const onlyView = differ.length === 1 && differ[0] === 2;
      this.countQuiet = mapMoved && !changed.has('scope') && ((!!registry?.viewSaidByMap && onlyView) || !!registry?.viewFramesSelection);
      this.countShown = count;
    }
    const step = this.step;
    if (this.scrollToSelected && this.selected) {
      const index = this.rows.findIndex((row) => row.feature === this.selected);
      if (index >= (this.limit ?? step)) this.limit = Math.ceil((index + 1) / step) * step;
    }
    // The tab stop: on the feature just selected on the map (or selected before the visitor chose a row, once it is
    // listed), else, once the visitor chose a row, on the same feature or the nearest row; before that the first row.
    const shown = this.rows.slice(0, this.limit ?? step);
    const selectedRow = selected && ((selectionChanged && !renewed) || !this.tabStopChosen) ? shown.find((row) => row.feature === selected) : undefined;
    const chosen =
      this.focusRowAfterUpdate !== undefined
        ? shown[this.focusRowAfterUpdate] // "show more": the first new row, which updated() focuses
        : selectedRow;
    if (chosen) this.tabStopChosen = true;
    const kept = this.tabStopChosen ? (chosen ?? this.current) : undefined;
    this.current = shown[rovingIndex(shown, this.shown, kept, sameFeature)];
    this.shown = shown;
    this.focusWasInRows = !!this.shadowRoot?.activeElement?.matches('tbody .name');
  }

  protected override updated(): void {
    if (this.focusWasInRows && !this.shadowRoot?.activeElement) {
      // The focused row went (a filter, a reload) or was moved: the focus goes to the row holding the tab stop
      // now, or, with no rows left, to the checkbox, rather than to the page's start.
      const target = this.renderRoot.querySelector<HTMLElement>('tbody .name[tabindex="0"]') ?? this.renderRoot.querySelector('input');
      target?.focus({ preventScroll: true });
    }
    if (this.focusRowAfterUpdate !== undefined) {
      this.renderRoot.querySelectorAll<HTMLButtonElement>('tbody .name')[this.focusRowAfterUpdate]?.focus();
      this.focusRowAfterUpdate = undefined;
    }
    if (this.scrollToSelected) {
      const row = this.renderRoot.querySelector<HTMLElement>('tr.selected');
      if (row) {
        this.scrollToSelected = false;
        this.scrollRowIntoView(row);
      }
    }
  }

  /**
   * The view the rows are limited to (none with `scope="all"`): the map's, except after a move that brought the
   * selected feature into view while it was listed (an entry chosen here, Enter on the map; not a result of the search
   * or of a nearest search): the rows stay as they were, so the visitor can go on down the list, until the map is
   * moved otherwise.
   */
  private listedView(registry: LayerRegistry | undefined, selected: Feature | undefined): Bounds | undefined {
    const view = this.scope === 'all' ? undefined : registry?.view;
    const kept = this.rowsKey?.[2] as Bounds | undefined; // the view the rows were built for
    const selection = registry?.selection;
    // Listed: the same feature, or the same one derived anew since (`renewed`: a new object with the same geometry).
    const listed = (feature: Feature) => feature === selected || (!!selection?.renewed && !!feature.geometry && feature.geometry === selected?.geometry);
    // Only for a choice in this list or by Enter on the map: after a search it says what the new view shows.
    const chosenHere = selection?.via === 'list' || selection?.via === 'keyboard';
    const keep = view && kept && view !== kept && registry?.viewFramesSelection && selected && chosenHere && this.rows.some((row) => listed(row.feature));
    return keep ? kept : view;
  }

  /** The rows currently listed (all of them, also those behind "show more"). */
  get entries(): readonly { layer: DescribedLayer; feature: Feature; name: string; category: string; distance?: number }[] {
    return this.rows;
  }

  private get step(): number {
    return Number.isInteger(this.maxRows) && this.maxRows > 0 ? this.maxRows : 200;
  }

  /**
   * Scrolls the table's own box so that the row is visible below the sticky header; for a row taking the
   * keyboard focus at once and the page too, for a selection on the map smoothly and never the page.
   */
  private scrollRowIntoView(row: HTMLElement, focused = false): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (!scroller) return;
    const box = scroller.getBoundingClientRect();
    const header = this.renderRoot.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const rect = row.getBoundingClientRect();
    const behavior: ScrollBehavior = focused || matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    if (rect.top < box.top + header) scroller.scrollBy({ top: rect.top - box.top - header, behavior });
    else if (rect.bottom > box.bottom) scroller.scrollBy({ top: rect.bottom - box.bottom, behavior });
    if (focused) row.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** A name button took the focus (Tab, an arrow key, a click): its row holds the tab stop and is shown. */
  private onRowFocus(event: FocusEvent): void {
    const button = (event.target as Element).closest<HTMLElement>('.name');
    if (!button) return;
    const row = this.shown.find((candidate) => String(candidate.key) === button.dataset.key);
    if (row) this.tabStopChosen = true;
    if (row && row !== this.current) {
      this.current = row;
      this.requestUpdate();
    }
    this.scrollRowIntoView(button.closest('tr')!, true);
  }

  /** Arrow keys, Home, End, PageUp and PageDown move the focus between the name buttons. */
  private onRowKey(event: KeyboardEvent): void {
    if (event.altKey || event.metaKey || event.shiftKey || (event.ctrlKey && event.key !== 'Home' && event.key !== 'End')) return;
    const button = (event.target as Element).closest('.name');
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('tbody .name')];
    const from = button ? buttons.indexOf(button as HTMLButtonElement) : -1;
    const to = from < 0 ? undefined : targetIndex(event.key, from, buttons.length);
    if (to === undefined) return;
    event.preventDefault(); // also at the ends: the keys do not scroll the page
    if (to !== from) buttons[to].focus({ preventScroll: true });
  }

  private sortBy(key: SortKey): void {
    if (this.sort === key) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else [this.sort, this.sortDirection] = [key, 'ascending'];
  }

  private showMore(): void {
    const shown = this.limit ?? this.step;
    this.limit = shown + this.step;
    this.focusRowAfterUpdate = shown;
  }

  /** Whether a layer shown is still loading its data (none listed may be only none yet). */
  private loading(): boolean {
    return this.binding.layersComing || this.binding.layers.some((layer) => !layer.hidden && layer.dataState === 'loading');
  }

  /** "12 Einträge", or with the map view only "12 Einträge im Kartenausschnitt": a pan is announced with what it counts. */
  private countText(lang: Lang): string {
    const count = this.rows.length;
    const view = this.scope !== 'all';
    if (count === 0) return t(lang, this.loading() ? 'count.loading' : view ? 'count.view.none' : 'count.none');
    const counted =
      count === 1 ? t(lang, view ? 'count.view.one' : 'count.one') : t(lang, view ? 'count.view' : 'count', { count: count.toLocaleString(lang) });
    // "19 Einträge im Kartenausschnitt" while the other layers' data is still coming would be untrue (tester).
    return this.loading() ? t(lang, 'count.partial', { count: counted }) : counted;
  }

  private renderHeader(key: SortKey, label: string, sort: SortKey, className?: string) {
    const active = key === sort;
    const icon = active ? (this.sortDirection === 'ascending' ? '▲' : '▼') : '↕';
    return html`<th scope="col" class=${className ?? nothing} part="column-header" aria-sort=${active ? this.sortDirection : nothing}>
      <button type="button" class="sort" @click=${() => this.sortBy(key)}>
        ${label}<span class="sort-icon" aria-hidden="true">${icon}</span>
      </button>
    </th>`;
  }

  /** Shows a row's feature on the map, as chosen in this list (its rows stay while the map frames it). */
  private choose(row: Row): void {
    const registry = this.binding.registry;
    if (registry) registry.withInput('list', () => row.layer.focusFeature(row.feature));
    else row.layer.focusFeature(row.feature);
  }

  private renderRow(row: Row, index: number, lang: Lang, withDistance: boolean) {
    const selected = row.feature === this.selected;
    const position = t(lang, 'position', { position: (index + 1).toLocaleString(lang), count: this.rows.length.toLocaleString(lang) });
    const what = [row.layerName, row.category].filter(Boolean).join(', ');
    const description = what ? `${what}. ${position}.` : `${position}.`;
    // Names and categories from the data carry its language where it is not the map's (WCAG 3.1.2).
    const categoryLang = langAttribute(row.categoryLang, lang);
    return html`<tr
      class=${selected ? 'selected' : ''}
      part=${selected ? 'row row-selected' : 'row'}
      aria-current=${selected ? 'true' : nothing}
    >
      <th scope="row">
        <button
          type="button"
          class="name"
          part="name-button"
          data-key=${row.key}
          tabindex=${row.key === this.current?.key ? 0 : -1}
          aria-describedby="d-${row.key} hint"
          @click=${() => this.choose(row)}
        >
          <span class="marker" aria-hidden="true">▶</span>${row.name
            ? html`<span lang=${ifDefined(langAttribute(row.nameLang, lang))}>${row.name}</span>`
            : html`<span>${t(lang, 'unnamed')}</span>`}
        </button>
        <span id="d-${row.key}" hidden>${description}</span>
        <span class="inline muted">${row.layerName}</span>
        ${row.category ? html`<span class="inline category-inline" lang=${ifDefined(categoryLang)}>${row.category}</span>` : nothing}
      </th>
      <td class="layer">${row.layerName}</td>
      <td class="category" lang=${ifDefined(row.category ? categoryLang : undefined)}>${row.category || this.renderNoValue(lang)}</td>
      ${
        withDistance
          ? html`<td class="number">${row.placeless ? html`<span class="muted">${t(lang, 'no-place')}</span>` : row.distance === undefined ? this.renderNoValue(lang) : formatDistance(row.distance, lang)}</td>`
          : nothing
      }
    </tr>`;
  }

  private renderNoValue(lang: Lang) {
    return html`<span aria-hidden="true">–</span><span class="visually-hidden">${t(lang, 'no-value')}</span>`;
  }

  override render() {
    const lang = this.binding.lang;
    const withDistance = !!this.from;
    const sort = this.sort === 'distance' && !withDistance ? 'name' : this.sort;
    const shown = this.shown;
    const remaining = this.rows.length - shown.length;
    const caption = this.label?.trim() || t(lang, this.scope === 'all' ? 'caption.all' : 'caption.view');
    // The default caption of the view's entries repeats the count above it ("12 Einträge im Kartenausschnitt"): it
    // stays the table's name for screen readers, out of sight.
    const captionShown = !!this.label?.trim() || this.scope === 'all';
    return html`
      <div class="panel" part="container" lang=${lang}>
        <div class="toolbar">
          <label class="scope" part="scope">
            <input
              type="checkbox"
              .checked=${this.scope !== 'all'}
              @change=${(e: Event) => (this.scope = (e.target as HTMLInputElement).checked ? 'view' : 'all')}
            />
            ${t(lang, 'scope.view')}
          </label>
          <p class="count" part="count" role="status" aria-live=${this.countQuiet ? 'off' : nothing}>${this.countShown}</p>
        </div>
        ${
          this.rows.length
            ? html`<div class="scroller" part="scroller">
                <table part="table">
                  <caption class=${captionShown ? nothing : 'visually-hidden'}>
                    ${caption}
                  </caption>
                  <thead>
                    <tr>
                      ${this.renderHeader('name', t(lang, 'col.name'), sort)} ${this.renderHeader('layer', t(lang, 'col.layer'), sort, 'layer')}
                      ${this.renderHeader('category', t(lang, 'col.category'), sort, 'category')}
                      ${withDistance ? this.renderHeader('distance', t(lang, 'col.distance'), sort) : nothing}
                    </tr>
                  </thead>
                  <tbody @keydown=${this.onRowKey} @focusin=${this.onRowFocus}>
                    ${repeat(
                      shown,
                      (row) => row.key,
                      (row, index) => this.renderRow(row, index, lang, withDistance),
                    )}
                  </tbody>
                </table>
              </div>
              <p id="hint" class="hint muted" part="hint">${t(lang, 'hint')}</p>`
            : this.binding.mapElement
              ? html`<p class="empty muted">${t(lang, this.loading() ? 'count.loading' : this.scope === 'all' ? 'empty.all' : 'empty')}</p>`
              : nothing
        }
        ${
          remaining > 0
            ? html`<p class="shown muted">
                  ${t(lang, 'count.shown', { shown: shown.length.toLocaleString(lang), count: this.rows.length.toLocaleString(lang) })}
                </p>
                <button type="button" class="more" part="more-button" @click=${this.showMore}>
                  ${t(lang, 'more', { next: Math.min(remaining, this.step).toLocaleString(lang) })}
                </button>`
            : nothing
        }
      </div>
    `;
  }
}
