import type { Feature } from 'geojson';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { langAttribute } from '../../i18n/data-lang.js';
import type { Lang } from '../../i18n/lang.js';
import type { DescribedLayer } from '../../registry/described-layer.js';
import type { LayerDescription } from '../../registry/layer-description.js';
import { asText } from '../../text/as-text.js';
import { controlStyles } from '../control-styles.js';
import { withDataParts } from '../../i18n/data-parts.js';
import { MapBinding } from '../map-binding.js';
import { distanceTo } from '../feature-list/rows.js';
import { formatDistance } from '../../i18n/distance.js';
import { featureDetailsStyles } from './feature-details.styles.js';
import { t } from './feature-details.messages.js';
import { detailEntries, isSampleFeature, readableKey, type DetailEntry } from './properties.js';
import { composedContains } from '../../registry/document-order.js';
import { deepActiveElement } from '../../registry/deep-active-element.js';
import type { LayerRegistry, Selection } from '../../registry/layer-registry.js';

/** view-hash.ts, a lazy chunk only "Link kopieren" needs: loaded when a panel first opens, so a press finds it there. */
let viewHash: Promise<typeof import('../../map/view-hash.js')> | undefined;
const loadViewHash = () =>
  (viewHash ??= import('../../map/view-hash.js').catch((error: unknown) => {
    viewHash = undefined; // offline, or a new release on the server: tried again next time
    throw error;
  }));

/**
 * The properties of the feature selected on the bound map (the map's selection: a click on the map, a row of
 * `<kn-feature-list>`, a result of `<kn-search>`), as a definition list under a heading with the
 * feature's name. The fields the layer's description names come first, with its labels; common fields get
 * readable labels in German and English, every other property is listed with its key made readable. Values
 * are always text; only whole `http(s):` and `mailto:` values become links (web links open a new window and
 * say so), anything else — `javascript:` included — stays text. The layer's warnings (sample data, an
 * approximate outline) are shown above the list.
 *
 * Where a click found several points at one spot (a hotspot and a project at one address), the panel shows the one
 * picked and offers the others under "Ebenfalls an dieser Stelle", each a button that shows it instead.
 *
 * "Link kopieren" copies the address of the page with the map's view and this feature in its fragment (the form
 * `<kn-map hash>` keeps, whether or not the map has `hash`; a view moved to the visitor's position is left out,
 * so the link frames the feature), says "Link kopiert" where it can be seen and heard,
 * and shows the link in a text field to copy by hand where the browser does not allow copying.
 *
 * The panel is not modal and traps nothing. When it opens from the keyboard or a list (the focus is on a
 * control, beside the map or in one of its corners), the focus moves to its heading; when it opens from a
 * click on the map, or for the hotspot `<kn-nearest>` found (its status line says it), the focus stays where it is. Escape (on the panel, on the map or with nothing focused)
 * and the close button close it and return the focus to where it was before it opened.
 *
 * @tagname kn-feature-details
 * @summary Details of the selected feature: heading, definition list, safe links; Escape closes.
 *
 * @event {Event} kn-details-close - The panel was closed (Escape or the close button).
 *
 * @csspart container - The panel (a region named by the heading).
 * @csspart heading - The feature's name.
 * @csspart close-button - The close button.
 * @csspart layer - The line naming the feature's layer.
 * @csspart notice - A warning of the layer (sample data, approximate outline).
 * @csspart properties - The definition list.
 * @csspart also-here - "Ebenfalls an dieser Stelle": the other points where the visitor clicked, when there are.
 * @csspart also-here-button - One of them: shows it instead.
 * @csspart share - The row with the "Link kopieren" button and its confirmation.
 * @csspart share-button - The "Link kopieren" button.
 * @csspart share-field - The text field showing the link when it could not be copied.
 *
 * @cssproperty [--kn-feature-details-width=22rem] - Width of the panel.
 * @cssproperty [--kn-feature-details-heading-size=1rem] - Font size of the heading.
 * @cssproperty [--kn-feature-details-link-color=#1d5fa8] - Link colour (falls back to `--kn-color-link`).
 * @cssproperty [--kn-feature-details-notice-background] - Background of the sample-data notice (a light amber over the panel).
 * @cssproperty [--kn-feature-details-notice-accent=#b8860b] - Bar beside the sample-data notice.
 * @cssproperty [--kn-feature-details-border-color=#767676] - Border of the close button (falls back to `--kn-color-muted`).
 * @cssproperty [--kn-color-link=#1d5fa8] - Links.
 * @cssproperty [--kn-color-muted=#555555] - The layer line.
 * @cssproperty [--kn-color-focus=#1d5fa8] - Focus outline.
 * @cssproperty [--kn-panel-background=#ffffff] - Panel background.
 * @cssproperty [--kn-panel-color=#1f1f1f] - Text colour.
 * @cssproperty [--kn-font-family=system-ui] - Font.
 */
export class KnFeatureDetails extends LitElement {
  static override styles = [controlStyles, featureDetailsStyles];

  private readonly binding = new MapBinding(this, ['layers', 'selection', 'origin']);

  /** Id of a `<kn-map>` elsewhere on the page; without it, the enclosing `<kn-map>`. */
  @property({ reflect: true }) for?: string;

  /** Like `for` (which wins), in the form CMS editors keep (TinyMCE 8 removes `for`). */
  @property({ attribute: 'data-map', reflect: true }) dataMap?: string;

  /** Whether the panel is shown; set when a feature is selected. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Level of the heading (2 to 6) so that it fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private layer?: DescribedLayer;
  @state() private feature?: Feature;
  /** What became of "Link kopieren" for the feature shown. */
  @state() private shared: { state: 'idle' | 'copied' | 'failed'; url?: string } = { state: 'idle' };

  private returnTo?: HTMLElement;
  private focusHeading = false;
  /** The map's selection last shown, to open the panel only when it changes. */
  private shownSelection?: Selection;
  private boundRegistry?: LayerRegistry;
  /** How the close button was pressed (a finger, a pen, a mouse): a click event does not say so in every browser. */
  private pressedWith?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeydown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.binding.bindIfNamed(changed);
    const registry = this.binding.registry;
    const selection = registry?.selection;
    if (registry !== this.boundRegistry) {
      // Bound (again): shows what the map has selected now, without taking the focus (a panel an app renders once
      // something is chosen, a panel bound to another map); a panel that showed another map's feature closes.
      const before = this.boundRegistry;
      this.boundRegistry = registry;
      this.shownSelection = selection;
      // The map's own panel (auto-details.ts), shown for a selection made before, gives way to this one.
      (this.binding.mapElement as { detailsPanelBound?(panel: Element): void } | undefined)?.detailsPanelBound?.(this);
      if (selection) this.show(selection.layer, selection.feature);
      else if (before && registry && this.open) this.close();
    } else if (selection !== this.shownSelection) {
      this.shownSelection = selection;
      // The feature shown, derived anew (a year, a filter): its new properties, where the panel is; never a reason to
      // open (a panel the visitor closed does not open again on a year moved).
      if (selection?.renewed) {
        if (selection.layer === this.layer) this.feature = selection.feature;
      } else if (selection) this.onSelect(selection);
      else if (this.open) this.open = false; // its layer left the map
    }
  }

  protected override updated(): void {
    if (this.focusHeading && this.open) {
      this.focusHeading = false;
      // Not from outside a map in fullscreen (out of sight: the map's own panel takes it).
      const full = document.fullscreenElement;
      if (!full || composedContains(full, this)) this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
    }
  }

  /** Shows a feature of a layer (as a `kn-select` from the bound map does). */
  show(layer: DescribedLayer, feature: Feature, { focus = false } = {}): void {
    const active = deepActiveElement();
    if (!active || !composedContains(this, active)) this.returnTo = active ?? undefined;
    this.layer = layer;
    this.feature = feature;
    this.shared = { state: 'idle' };
    this.open = true;
    this.focusHeading = focus;
    void loadViewHash().catch(() => undefined);
  }

  /** Closes the panel and returns the focus to where it was before it opened. */
  close(): void {
    if (!this.open) return;
    const active = deepActiveElement();
    const focusWasHere = !active || active === document.body || composedContains(this, active);
    const byFinger = this.pressedWith === 'touch' || this.pressedWith === 'pen';
    this.pressedWith = undefined;
    this.open = false;
    // The visitor is done with it: the selection ends too (its ring, the list's marked row, the address's "auswahl").
    const registry = this.binding.registry;
    if (registry?.selection && registry.selection.feature === this.feature) registry.clearSelection();
    this.dispatchEvent(new Event('kn-details-close', { bubbles: true, composed: true }));
    if (!focusWasHere && !this.onMapItself(active)) return;
    const canvas = this.binding.map?.getCanvas();
    const target = this.returnTo?.isConnected ? this.returnTo : canvas;
    // ✕ tapped on a phone: back to the search field would bring up the keyboard and scroll the page up to it; the
    // focus goes to the map instead, where it stands.
    if (byFinger && target && isTextField(target)) canvas?.focus({ preventScroll: true });
    else target?.focus();
  }

  private readonly notePress = (event: PointerEvent): void => {
    this.pressedWith = event.pointerType;
  };

  /**
   * The address of this page showing the bound map's view with the feature shown here selected, in the fragment
   * a `<kn-map hash>` reads (`#karte=…&auswahl=…`, or the map's own `hash` key). Asynchronous: the code that
   * writes the fragment is a chunk of its own, loaded when the panel first opens.
   */
  async shareUrl(): Promise<string> {
    const { formatSelection, formatView, hashKeyOf, hashKeys, shareUrl, viewOf } = await loadViewHash();
    const { layer, feature } = this;
    const registry = this.binding.registry;
    const map = this.binding.map;
    const key = hashKeyOf((this.binding.mapElement as { hash?: string | boolean } | undefined)?.hash);
    const nameField = layer ? this.binding.describe(layer).nameField : 'name';
    const selection = layer && feature && registry ? formatSelection(registry.layers, layer, feature, nameField) : undefined;
    // A view moved to the visitor's position is not shared: the link names the feature, which it then frames.
    const view = map && !registry?.viewFromPosition ? formatView(viewOf(map)) : undefined;
    return shareUrl(location.href, hashKeys(key ?? undefined), { view, selection });
  }

  private async copyLink(): Promise<void> {
    // Should the chunk not load (offline, a new release on the server), the page's own address is the link.
    const url = await this.shareUrl().catch(() => location.href);
    if (this.shared.state !== 'idle') {
      // Said again on a second press: the live region announces a change, not the same words.
      this.shared = { state: 'idle' };
      await this.updateComplete;
    }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      this.shared = { state: 'copied', url };
    } catch {
      this.shared = { state: 'failed', url };
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('.share-field input');
      field?.focus();
      field?.select();
    }
  }

  /** On the map's own canvas or controls (its shadow root), not on a control slotted into one of its corners. */
  private onMapItself(node: Node | null): boolean {
    const root = this.binding.mapElement?.shadowRoot;
    return !!root && !!node && composedContains(root, node);
  }

  private onSelect({ layer, feature, via }: Selection): void {
    const active = deepActiveElement();
    // From the keyboard or a list the focus is on a control (beside the map or in a corner): follow it to the
    // heading; so does Enter on the map itself (Escape returns to the map). A click on the map leaves it on the
    // canvas; a script selecting leaves it where it is; a search for the nearest one says its answer where it was
    // asked, and the focus stays on its button.
    const fromControl = via !== 'nearest' && !!active && active !== document.body && (via === 'keyboard' || !this.onMapItself(active));
    this.show(layer, feature, { focus: fromControl });
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open || event.defaultPrevented) return;
    const path = event.composedPath();
    // A dialog (e.g. the map's keyboard help) handles its own Escape.
    if (path.some((node) => node instanceof HTMLDialogElement)) return;
    const target = path[0];
    const onBody = target === document.body || target === document.documentElement;
    const mapRoot = this.binding.mapElement?.shadowRoot;
    if (!onBody && !path.includes(this) && !(mapRoot && path.includes(mapRoot))) return;
    event.preventDefault();
    this.close();
  };

  private entries(lang: Lang, description: LayerDescription, warned: boolean, hintShown: boolean): DetailEntry[] {
    const skip = [description.nameField, ...(warned ? ['beispieldaten'] : []), ...(hintShown ? ['hinweis'] : [])];
    const layer = this.layer;
    // Status words the layer knows come in the map's language ("aktiv" → "in operation"); the rest is data.
    const valueLabel = layer?.valueLabel ? (key: string, value: unknown) => layer.valueLabel!(key, value, lang) : undefined;
    return detailEntries(this.feature?.properties, { lang, words: { yes: t(lang, 'yes'), no: t(lang, 'no') }, skip, fields: description.fields, valueLabel });
  }

  /**
   * The layer's warnings (sample data, an approximate outline) above the properties. When the feature carries
   * its own `hinweis`, that says it for this feature and is shown instead (and not again in the list) — unless the
   * data is in another language than the map: then the layer's warnings are shown, in the map's language, and the
   * feature's `hinweis` stays in the list, marked with the data's language (not that of a sample feature: it only says
   * "sample data", which the warning says in the map's language).
   */
  private notices(description: LayerDescription, properties: Record<string, unknown>, lang: Lang): { warned: boolean; texts: string[]; fromData: boolean } {
    const warnings = description.notes.filter((note) => note.kind !== 'info').map((note) => note.text);
    if (!warnings.length && isSampleFeature(properties)) warnings.push(t(lang, 'sample'));
    const hint = typeof properties.hinweis === 'string' && properties.hinweis.trim() ? properties.hinweis : undefined;
    const fromData = !!(warnings.length && hint) && !langAttribute(description.dataLang, lang);
    return { warned: warnings.length > 0, texts: fromData ? [hint!] : warnings, fromData };
  }

  private renderValue(entry: DetailEntry, lang: Lang) {
    const { text, link } = entry.value;
    if (!link) return text;
    if (!link.external) return html`<a href=${link.href}>${text}</a>`;
    return html`<a href=${link.href} target="_blank" rel="noopener noreferrer"
      >${text}<span class="visually-hidden"> ${t(lang, 'new-window')}</span></a
    >`;
  }

  /**
   * How far the feature is from where distances are measured (a nearest-hotspot search's start), if set. None for a
   * feature with no place of its own: its "Lage" says so, and a distance to where it is drawn would mislead.
   */
  private renderDistance(feature: Feature, lang: Lang) {
    const registry = this.binding.registry;
    const origin = registry?.origin;
    const metres = origin && this.layer?.hasPlace?.(feature) !== false ? distanceTo(origin, feature) : undefined;
    if (metres === undefined) return nothing;
    const from = registry?.originName;
    return html`<div class="entry distance">
      <dt>${from ? withDataParts(t(lang, registry?.originIsPlace ? 'distance.from.place' : 'distance.from', { from }), [{ text: from, lang: registry?.originNameLang }], lang) : t(lang, 'distance')}</dt>
      <dd>${registry?.originIsPlace && metres < 1 ? t(lang, 'distance.itself') : formatDistance(metres, lang)}</dd>
    </div>`;
  }

  /**
   * The other points where the visitor clicked (a hotspot and a project at one address), or at the place of a point
   * chosen otherwise: each a button that shows it instead, the rest (this one included) then offered in turn.
   */
  private renderHere(lang: Lang) {
    const selection = this.binding.registry?.selection;
    const { here, hereIndex } = selection ?? {};
    if (!here || hereIndex === undefined || selection?.feature !== this.feature) return nothing;
    return html`<div class="here" part="also-here">
      <p class="here-title" id="here-title">${t(lang, 'here')}</p>
      <ul aria-labelledby="here-title">
        ${here.map(({ layer, feature }, index) => {
          if (index === hereIndex) return nothing;
          const description = this.binding.describe(layer);
          const name = asText(feature.properties?.[description.nameField]).trim();
          return html`<li>
            <button type="button" part="also-here-button" @click=${() => this.binding.registry?.pickHere(here, index)}>
              <span lang=${ifDefined(name ? langAttribute(description.dataLang, lang) : undefined)}>${name || t(lang, 'unnamed')}</span>
              <span class="muted">${description.name}</span>
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderShare(lang: Lang) {
    const { state, url } = this.shared;
    return html`
      <div class="share" part="share">
        <button type="button" class="share-button" part="share-button" @click=${this.copyLink}>
          <svg class="share-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 013.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.7-3.7L5.3 7.8" />
          </svg>
          ${t(lang, 'share.copy')}
        </button>
        <span class="share-status" role="status"
          >${state === 'copied'
            ? html`<span aria-hidden="true">✓ </span>${t(lang, 'share.copied')}`
            : state === 'failed'
              ? t(lang, 'share.failed')
              : nothing}</span
        >
      </div>
      ${state === 'failed'
        ? html`<label class="share-field" part="share-field">
            <span>${t(lang, 'share.field')}</span>
            <input type="text" readonly .value=${url ?? ''} @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()} />
          </label>`
        : nothing}
    `;
  }

  override render() {
    const { layer, feature } = this;
    if (!this.open || !layer || !feature) return nothing;
    const lang = this.binding.lang;
    const description = this.binding.describe(layer);
    const properties = feature.properties ?? {};
    const name = asText(properties[description.nameField]).trim();
    const title = name || t(lang, 'unnamed');
    const { warned, texts, fromData } = this.notices(description, properties, lang);
    // Text from the data carries its language where that is not the map's (WCAG 3.1.2): the name, values the layer
    // has no word for, and keys it has no label for. (The feature's own notice is shown only in the map's language.)
    const dataLang = langAttribute(description.dataLang, lang);
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`
      <section class="panel" part="container" aria-labelledby="heading" lang=${lang}>
        <div class="header">
          <div class="heading" part="heading" id="heading" role="heading" aria-level=${level} tabindex="-1" lang=${ifDefined(name ? dataLang : undefined)}
            >${title}</div
          >
          <button
            type="button"
            class="close"
            part="close-button"
            aria-label=${t(lang, 'close')}
            title=${t(lang, 'close')}
            @pointerdown=${this.notePress}
            @click=${this.close}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        <p class="layer muted" part="layer">${description.name}</p>
        ${texts.map((text) => html`<p class="notice" part="notice">${text}</p>`)}
        <dl part="properties">
          ${this.renderDistance(feature, lang)}
          ${this.entries(lang, description, warned, fromData || (warned && isSampleFeature(properties))).map(
            (entry) =>
              html`<div class="entry">
                ${entry.label || entry.field
                  ? html`<dt>${entry.label ?? t(lang, `field.${entry.field!}`)}</dt>`
                  : html`<dt lang=${ifDefined(dataLang)}>${readableKey(entry.key)}</dt>`}
                <dd lang=${ifDefined(entry.fromData ? dataLang : undefined)}>${this.renderValue(entry, lang)}</dd>
              </div>`,
          )}
        </dl>
        ${this.renderHere(lang)}
        ${this.renderShare(lang)}
      </section>
    `;
  }
}

/** Whether focusing `element` brings up a phone's keyboard (a field to type in). */
function isTextField(element: HTMLElement): boolean {
  if (element.isContentEditable || element.localName === 'textarea') return true;
  if (element.localName !== 'input') return false;
  return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'image', 'reset', 'submit', 'hidden'].includes((element as HTMLInputElement).type);
}
