import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { langAttribute } from '../../i18n/data-lang.js';
import type { Lang } from '../../i18n/lang.js';
import type { LayerDescription } from '../../registry/layer-description.js';
import { renderSymbol } from '../../symbols/render-symbol.js';
import { controlStyles } from '../control-styles.js';
import { collapseStyles, collapseToggle } from '../corner-collapse/collapse-toggle.js';
import { CornerCollapse } from '../corner-collapse/corner-collapse.js';
import { clampLevel, heading } from '../heading.js';
import { MapBinding } from '../map-binding.js';
import { t } from './legend.messages.js';
import { legendStyles } from './legend.styles.js';
import { moreLayersComing, noLayerText } from '../layers-coming.js';

/**
 * The legend of a map, generated from its layers' descriptions and written in HTML, so screen readers, zoom
 * and translation tools read it like the rest of the page. Each layer says what it draws (`describe()`):
 * every symbol shows shape or pattern as well as colour and is explained in words beside it — WLAN (filled
 * dot = in operation, ring = planned, bubble = several), fibre (cross-hatched, hatched, dotted, empty — with the
 * number of districts and the shares of area and population per status, the year, and the sample-data
 * notice), the innovation area (dashed outline = approximate), projects (shape and colour per field of
 * action), any other layer (point, line, area in its colour), and a page's own layer whatever it describes.
 *
 * Hidden layers stay in the list with their name and "ausgeblendet" / "hidden" but without symbols: the
 * legend then still tells what the map can show, without explaining symbols that are not drawn.
 *
 * Place it in a corner of `<kn-map>` (`slot="top-left"` …) or anywhere on the page with `for="map-id"`. It
 * follows the map's layer registry: layers added or removed, data loaded, any attribute a description
 * depends on (`hidden`, `label`, `color`, the fibre `year`, the WLAN `coverage` …), the language.
 *
 * @tagname kn-legend
 * @summary The map's legend in HTML: symbols with shape and pattern, fibre statistics, collapsible.
 *
 * @csspart container - The panel around everything.
 * @csspart heading - The heading ("Legende" / "Legend"), holding the toggle button.
 * @csspart toggle - The button that collapses and expands the legend.
 * @csspart body - Everything below the heading (hidden while collapsed).
 * @csspart layers - The list of layers.
 * @csspart layer - One layer.
 * @csspart layer-name - The heading with a layer's name.
 * @csspart list - The list of a layer's symbols.
 * @csspart item - One symbol and its meaning.
 * @csspart swatch - The symbol (inline SVG, hidden from assistive technology: the text says it).
 * @csspart note - A note below a layer's symbols (year, sample data, planned projects).
 * @csspart image - A legend picture a map service draws itself (`<kn-wms-layer>`), with the layer's title as its text alternative.
 * @csspart coming - "Weitere Ebenen werden geladen …" under the layers while more layer elements are still being defined.
 *
 * @cssproperty [--kn-legend-max-width=20rem] - Widest the legend grows.
 * @cssproperty [--kn-legend-swatch-width=28px] - Width of the symbols (height is 5/7 of it).
 * @cssproperty [--kn-panel-background=#ffffff] - Background of the panel.
 * @cssproperty [--kn-panel-color=#1f1f1f] - Text colour (falls back to `--kn-color-text`).
 * @cssproperty [--kn-panel-padding=0.625rem 0.75rem] - Padding of the panel.
 * @cssproperty [--kn-panel-radius=6px] - Corner radius of the panel.
 * @cssproperty [--kn-panel-shadow=0 1px 4px rgb(0 0 0 / 0.25)] - Shadow of the panel.
 * @cssproperty [--kn-color-muted=#555555] - Colour of statistics and notes.
 * @cssproperty [--kn-color-focus=#1d5fa8] - Focus outline.
 * @cssproperty [--kn-font-family=system-ui] - Font.
 */
export class KnLegend extends LitElement {
  static override styles = [controlStyles, collapseStyles, legendStyles];

  /** Id of a `<kn-map>` elsewhere on the page; without it, the `<kn-map>` whose corner slot holds the legend. */
  @property({ reflect: true }) for?: string;

  /** Like `for` (which wins), in the form CMS editors keep (TinyMCE 8 removes `for`). */
  @property({ attribute: 'data-map', reflect: true }) dataMap?: string;

  /** Level of the heading "Legende" (1–6); the layers' names are one level below. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /**
   * Shows only the heading; its button expands the legend again. Without it, a legend in a corner of a small map
   * (narrower than 600 px: a phone, a sidebar; or lower than 480 px and narrower than 960 px: a phone held sideways)
   * starts collapsed when, open, it would cover more than 40 % of the map: decided once, when the map is ready. A click on its heading, or setting `collapsed` before, is a choice
   * the legend keeps. A legend beside the map (`for`, `data-map`) is never collapsed by itself.
   */
  @property({ type: Boolean, reflect: true }) collapsed = false;

  private readonly binding = new MapBinding(this, ['layers']);

  /** Starts the legend collapsed in a corner of a small map (see `collapsed`). */
  private readonly corner = new CornerCollapse(this, () => ({
    panel: this.renderRoot.querySelector<HTMLElement>('.panel'),
    hasContent: this.binding.layers.length > 0,
  }));

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.binding.bindIfNamed(changed);
    this.corner.noteChanges(changed);
  }

  /** One section per layer of the map, in map order. A hidden layer shows its name only. */
  private renderSection(section: LayerDescription, level: number, lang: Lang): TemplateResult {
    const name = html`${section.name}${section.hidden ? html` <span class="layer-state">(${t(lang, 'hidden')})</span>` : nothing}`;
    const rows = section.hidden ? [] : section.legend;
    return html`
      <li class="layer" part="layer">
        ${heading(level, 'layer-name', name)}
        ${rows.length
          ? html`<ul class="symbols" part="list">
              ${rows.map(
                (row) => html`<li class="symbol" part="item">
                  ${renderSymbol(row.symbol)}
                  <span class="text"><span class="label" lang=${ifDefined(langAttribute(row.lang, lang))}>${row.label}</span> ${row.detail ? html`<span class="detail">${row.detail}</span>` : nothing}</span>
                </li>`,
              )}
            </ul>`
          : nothing}
        ${section.hidden || !section.legendImages?.length
          ? nothing
          : section.legendImages.map(
              // A service that cannot draw its legend (GetLegendGraphic is optional) leaves no broken-image icon.
              (image) =>
                html`<img class="legend-image" part="image" src=${image.src} alt=${t(lang, 'image-alt', { title: image.alt })} loading="lazy" referrerpolicy="no-referrer" @error=${hideImage} />`,
            )}
        ${section.hidden ? nothing : section.notes.map((note) => html`<p class="note" part="note" data-kind=${note.kind}>${note.text}</p>`)}
      </li>
    `;
  }

  override render() {
    const lang = this.binding.lang;
    const level = clampLevel(this.headingLevel);
    const sections = this.binding.layers.map((layer) => this.binding.describe(layer));
    return html`
      <div class="panel" part="container" lang=${lang}>
        ${heading(
          level,
          'heading',
          collapseToggle(this.collapsed, () => this.corner.toggle(), html`<span>${t(lang, 'title')}</span>`),
        )}
        <div class="body" id="body" part="body" ?hidden=${this.collapsed}>
          ${sections.length
            ? html`<ul class="layers" part="layers">${sections.map((section) => this.renderSection(section, level + 1, lang))}</ul>
                ${moreLayersComing(this.binding.layersComing, lang)}`
            : html`<p class="muted">${noLayerText(this.binding.layersComing, lang, t(lang, 'empty'))}</p>`}
        </div>
      </div>
    `;
  }
}

function hideImage(event: Event): void {
  (event.currentTarget as HTMLImageElement).hidden = true;
}
