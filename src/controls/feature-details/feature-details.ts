import type { Feature } from 'geojson';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../../i18n/lang.js';
import type { DescribedLayer } from '../../registry/described-layer.js';
import type { LayerDescription } from '../../registry/layer-description.js';
import { controlStyles } from '../control-styles.js';
import { MapBinding } from '../map-binding.js';
import { featureDetailsStyles } from './feature-details.styles.js';
import { t } from './feature-details.messages.js';
import { detailEntries, isSampleFeature, readableKey, type DetailEntry } from './properties.js';
import { composedContains } from '../../registry/document-order.js';
import type { LayerRegistry, Selection } from '../../registry/layer-registry.js';

/**
 * The properties of the feature selected on the bound map (the map's selection: a click on the map, a row of
 * `<kn-feature-list>`, a result of `<kn-search>`), as a definition list under a heading with the
 * feature's name. The fields the layer's description names come first, with its labels; common fields get
 * readable labels in German and English, every other property is listed with its key made readable. Values
 * are always text; only whole `http(s):` and `mailto:` values become links (web links open a new window and
 * say so), anything else — `javascript:` included — stays text. The layer's warnings (sample data, an
 * approximate outline) are shown above the list.
 *
 * The panel is not modal and traps nothing. When it opens from the keyboard or a list (the focus is on a
 * control, beside the map or in one of its corners), the focus moves to its heading; when it opens from a
 * click on the map, the focus stays on the map. Escape (on the panel, on the map or with nothing focused)
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

  private readonly binding = new MapBinding(this, ['layers', 'selection']);

  /** Id of a `<kn-map>` elsewhere on the page; without it, the enclosing `<kn-map>`. */
  @property({ reflect: true }) for?: string;

  /** Whether the panel is shown; set when a feature is selected. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Level of the heading (2 to 6) so that it fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private layer?: DescribedLayer;
  @state() private feature?: Feature;

  private returnTo?: HTMLElement;
  private focusHeading = false;
  /** The map's selection last shown, to open the panel only when it changes. */
  private shownSelection?: Selection;
  private boundRegistry?: LayerRegistry;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeydown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.binding.bind();
    const registry = this.binding.registry;
    const selection = registry?.selection;
    if (registry !== this.boundRegistry) {
      // Bound (again): a selection made before is not news; open on the next one.
      this.boundRegistry = registry;
      this.shownSelection = selection;
    } else if (selection !== this.shownSelection) {
      this.shownSelection = selection;
      if (selection) this.onSelect(selection);
      else if (this.open) this.open = false; // its layer left the map
    }
  }

  protected override updated(): void {
    if (this.focusHeading && this.open) {
      this.focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
    }
  }

  /** Shows a feature of a layer (as a `kn-select` from the bound map does). */
  show(layer: DescribedLayer, feature: Feature, { focus = false } = {}): void {
    const active = deepActiveElement();
    if (!active || !composedContains(this, active)) this.returnTo = active ?? undefined;
    this.layer = layer;
    this.feature = feature;
    this.open = true;
    this.focusHeading = focus;
  }

  /** Closes the panel and returns the focus to where it was before it opened. */
  close(): void {
    if (!this.open) return;
    const active = deepActiveElement();
    const focusWasHere = !active || active === document.body || composedContains(this, active);
    this.open = false;
    this.dispatchEvent(new Event('kn-details-close', { bubbles: true, composed: true }));
    if (!focusWasHere && !this.onMapItself(active)) return;
    const target = this.returnTo?.isConnected ? this.returnTo : this.binding.map?.getCanvas();
    target?.focus();
  }

  /** On the map's own canvas or controls (its shadow root), not on a control slotted into one of its corners. */
  private onMapItself(node: Node | null): boolean {
    const root = this.binding.mapElement?.shadowRoot;
    return !!root && !!node && composedContains(root, node);
  }

  private onSelect({ layer, feature }: Selection): void {
    const active = deepActiveElement();
    // From the keyboard or a list the focus is on a control (beside the map or in a corner): follow it to the
    // heading. A click on the map leaves it on the canvas; a script selecting leaves it where it is.
    const fromControl = !!active && active !== document.body && !this.onMapItself(active);
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

  private entries(lang: Lang, description: LayerDescription, warned: boolean): DetailEntry[] {
    const skip = [description.nameField, ...(warned ? ['beispieldaten', 'hinweis'] : [])];
    return detailEntries(this.feature?.properties, { lang, words: { yes: t(lang, 'yes'), no: t(lang, 'no') }, skip, fields: description.fields });
  }

  /**
   * The layer's warnings (sample data, an approximate outline) above the properties. When the feature carries
   * its own `hinweis`, that says it for this feature and is shown instead (and not again in the list).
   */
  private notices(description: LayerDescription, properties: Record<string, unknown>, lang: Lang): { warned: boolean; texts: string[] } {
    const warnings = description.notes.filter((note) => note.kind !== 'info').map((note) => note.text);
    if (!warnings.length && isSampleFeature(properties)) warnings.push(t(lang, 'sample'));
    const hint = typeof properties.hinweis === 'string' && properties.hinweis.trim() ? properties.hinweis : undefined;
    return { warned: warnings.length > 0, texts: warnings.length && hint ? [hint] : warnings };
  }

  private renderValue(entry: DetailEntry, lang: Lang) {
    const { text, link } = entry.value;
    if (!link) return text;
    if (!link.external) return html`<a href=${link.href}>${text}</a>`;
    return html`<a href=${link.href} target="_blank" rel="noopener noreferrer"
      >${text}<span class="visually-hidden"> ${t(lang, 'new-window')}</span></a
    >`;
  }

  override render() {
    const { layer, feature } = this;
    if (!this.open || !layer || !feature) return nothing;
    const lang = this.binding.lang;
    const description = this.binding.describe(layer);
    const properties = feature.properties ?? {};
    const name = properties[description.nameField];
    const title = name === undefined || name === null || String(name).trim() === '' ? t(lang, 'unnamed') : String(name);
    const { warned, texts } = this.notices(description, properties, lang);
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`
      <section class="panel" part="container" aria-labelledby="heading" lang=${lang}>
        <div class="header">
          <div class="heading" part="heading" id="heading" role="heading" aria-level=${level} tabindex="-1">${title}</div>
          <button
            type="button"
            class="close"
            part="close-button"
            aria-label=${t(lang, 'close')}
            title=${t(lang, 'close')}
            @click=${this.close}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        <p class="layer muted" part="layer">${description.name}</p>
        ${texts.map((text) => html`<p class="notice" part="notice">${text}</p>`)}
        <dl part="properties">
          ${this.entries(lang, description, warned).map(
            (entry) =>
              html`<div class="entry">
                <dt>${entry.label ?? (entry.field ? t(lang, `field.${entry.field}`) : readableKey(entry.key))}</dt>
                <dd>${this.renderValue(entry, lang)}</dd>
              </div>`,
          )}
        </dl>
      </section>
    `;
  }
}

/** The focused element, looking into shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}
