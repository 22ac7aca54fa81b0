import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { langAttribute } from '../../i18n/data-lang.js';
import type { Lang } from '../../i18n/lang.js';
import type { DescribedLayer } from '../../registry/described-layer.js';
import type { LayerDescription, ValuesFacet } from '../../registry/layer-description.js';
import { renderSymbol } from '../../symbols/render-symbol.js';
import { controlStyles } from '../control-styles.js';
import { collapseStyles, collapseToggle } from '../corner-collapse/collapse-toggle.js';
import { CornerCollapse } from '../corner-collapse/corner-collapse.js';
import { heading } from '../heading.js';
import { MapBinding } from '../map-binding.js';
import { targetLayer } from '../target-layer/target-layer.js';
import { t } from './filter-chips.messages.js';
import { filterChipsStyles } from './filter-chips.styles.js';
import { listHas, toggleInList } from './filter-list.js';
import { noLayerText } from '../layers-coming.js';

/**
 * Filters a layer by the values it offers (its description's facets): the Smart Green City projects by field
 * of action and by status, any `<kn-geojson-layer category-field="…">` by the values of that field. Each chip is a real checkbox with
 * its label, styled as a chip, in a group (`<fieldset>` with `<legend>`): Tab reaches each box, Space ticks
 * it, screen readers say "Handlungsfeld, Gruppe — Smarte Mobilität, Kontrollkästchen, aktiviert" without any
 * ARIA, and the tick stays visible in forced-colours mode. (Toggle buttons with `aria-pressed` would need
 * an ARIA group name and are announced as "pressed", which says less about a filter than "checked".)
 *
 * Ticked chips are written comma-joined to the attribute the facet names (`categories`, `status`); nothing
 * ticked in a group means no filter there (all shown), as the layer itself reads it. The number of features
 * then shown is written to a polite live region ("7 Projekte angezeigt"). It works on the first layer of the
 * map that can be filtered, or the one named by `layer`.
 *
 * Place it in a corner of `<kn-map>` (`slot="bottom-left"` …) or anywhere on the page with `for="map-id"`. In a
 * corner it has a heading "Filter" that collapses it; on a small map it starts collapsed where, open, it would
 * cover much of the map (see `collapsed`).
 *
 * @tagname kn-filter-chips
 * @summary Filter chips for any layer with categories (projects: fields of action and status), with a count announced.
 *
 * @csspart container - The panel around everything.
 * @csspart heading - The heading "Filter" (in a corner of the map, or once collapsed), holding the toggle button.
 * @csspart toggle - The button that collapses and expands the chips.
 * @csspart body - Everything below the heading (hidden while collapsed).
 * @csspart group - A group of chips (e.g. fields of action, statuses).
 * @csspart legend - The name of a group.
 * @csspart chip - One chip: checkbox, symbol, name.
 * @csspart checkbox - The checkbox inside a chip.
 * @csspart swatch - The symbol of a value, where the map draws one (e.g. a field of action).
 * @csspart hint - The hint that nothing ticked means all.
 * @csspart count - The live region with the number of projects shown.
 * @csspart reset - The button that clears every filter (shown while one is set).
 *
 * @cssproperty [--kn-chip-background=transparent] - Background of a chip.
 * @cssproperty [--kn-chip-border-color=#555555] - Border of a chip (falls back to `--kn-color-muted`).
 * @cssproperty [--kn-chip-color=inherit] - Text of a chip.
 * @cssproperty [--kn-chip-checked-background=#e0e9f4] - Background of a ticked chip (14 % of `--kn-color-primary`).
 * @cssproperty [--kn-chip-checked-border-color=currentColor] - Border of a ticked chip.
 * @cssproperty [--kn-chip-checked-color=inherit] - Text of a ticked chip.
 * @cssproperty [--kn-filter-chips-max-width=28rem] - Widest the panel grows.
 * @cssproperty [--kn-color-primary=#1d5fa8] - Checkboxes (without it: `--kn-color-link`, light blue on the dark theme) and the tint of ticked chips.
 * @cssproperty [--kn-color-link=#1d5fa8] - The reset button.
 * @cssproperty [--kn-panel-background=#ffffff] - Background of the panel.
 * @cssproperty [--kn-panel-color=#1f1f1f] - Text colour (falls back to `--kn-color-text`).
 * @cssproperty [--kn-panel-padding=0.625rem 0.75rem] - Padding of the panel.
 * @cssproperty [--kn-panel-radius=6px] - Corner radius of the panel.
 * @cssproperty [--kn-panel-shadow=0 1px 4px rgb(0 0 0 / 0.25)] - Shadow of the panel.
 * @cssproperty [--kn-color-muted=#555555] - Colour of the hint.
 * @cssproperty [--kn-color-focus=#1d5fa8] - Focus outline.
 * @cssproperty [--kn-font-family=system-ui] - Font.
 */
export class KnFilterChips extends LitElement {
  static override styles = [controlStyles, collapseStyles, filterChipsStyles];

  /** Id of a `<kn-map>` elsewhere on the page; without it, the `<kn-map>` whose corner slot holds the chips. */
  @property({ reflect: true }) for?: string;

  /** Like `for` (which wins), in the form CMS editors keep (TinyMCE 8 removes `for`). */
  @property({ attribute: 'data-map', reflect: true }) dataMap?: string;

  /** Id of the layer to filter; without it, the first layer of the map that can be filtered. */
  @property({ reflect: true }) layer?: string;

  /**
   * Shows only the heading "Filter" (which says how many values are ticked: "Filter (2 aktiv)"); its button expands
   * the chips again. In a corner of the map the chips have that heading; without `collapsed`, on a small map (narrower
   * than 600 px: a phone, a sidebar; or lower than 480 px and narrower than 960 px: a phone held sideways) they start
   * collapsed when, open, they would cover more than 40 % of the map: decided once, when the map is ready. A click on the heading, a chip ticked before, or setting `collapsed` before
   * is a choice the chips keep. Chips beside the map (`for`, `data-map`) are never collapsed by themselves; set there,
   * `collapsed` gives them the heading too. Collapsed while a filter is set, the number shown ("0 Projekte
   * angezeigt") and "Filter aufheben" stay below the heading; on paper the chips print open.
   */
  @property({ type: Boolean, reflect: true }) collapsed = false;

  /** Level of the heading "Filter" (1–6), where the chips have it. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  private readonly binding = new MapBinding(this, ['layers']);

  /** Starts the chips collapsed in a corner of a small map (see `collapsed`). */
  private readonly corner = new CornerCollapse(this, () => ({
    panel: this.renderRoot.querySelector<HTMLElement>('.panel'),
    hasContent: !!this.target,
  }));

  /** Whether the chips have their heading: in a corner of the map, or once collapsed (the way to open them again). */
  private headed = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.binding.bindIfNamed(changed);
    this.corner.noteChanges(changed);
    this.headed ||= this.collapsed || !!this.corner.cornerMap;
  }

  /** The layer the chips filter, if there is one. */
  get target(): DescribedLayer | undefined {
    return targetLayer(this, this.binding, this.layer, 'values');
  }

  private async setFilter(layer: DescribedLayer, facet: ValuesFacet, value: string, on: boolean): Promise<void> {
    this.corner.chose();
    const next = toggleInList(facet.selected.join(', '), value, on, facet.options.map((option) => option.value));
    if (next) layer.setAttribute(facet.attribute, next);
    else layer.removeAttribute(facet.attribute);
    await this.changed(layer);
  }

  private async reset(layer: DescribedLayer, facets: ValuesFacet[]): Promise<void> {
    this.corner.chose();
    for (const facet of facets) layer.removeAttribute(facet.attribute);
    await this.changed(layer);
    // The button is gone now: keep the keyboard user in the chips (at their heading while they are collapsed).
    const chips = this.renderRoot.querySelector<HTMLElement>(this.collapsed && this.headed ? '.toggle' : 'input[type="checkbox"]');
    chips?.focus();
  }

  private async changed(layer: DescribedLayer): Promise<void> {
    await (layer as DescribedLayer & { updateComplete?: Promise<unknown> }).updateComplete;
    this.requestUpdate();
    await this.updateComplete;
  }

  private countText(description: LayerDescription, filtered: boolean): string {
    // Before the data is there, an unfiltered "0" would be wrong: say nothing yet. A hidden layer says so.
    return !description.shown.count && !filtered && !description.hidden ? '' : description.shown.text;
  }

  private renderGroup(layer: DescribedLayer | undefined, facet: ValuesFacet, lang: Lang) {
    return html`
      <fieldset part="group" ?disabled=${!layer} aria-describedby="hint">
        <legend part="legend">${facet.label}</legend>
        <ul>
          ${facet.options.map(
            (option) => html`<li>
              <label class="chip" part="chip">
                <input
                  type="checkbox"
                  part="checkbox"
                  .checked=${live(listHas(facet.selected.join(','), option.value))}
                  @change=${(event: Event) => layer && this.setFilter(layer, facet, option.value, (event.target as HTMLInputElement).checked)}
                />
                ${option.symbol ? renderSymbol(option.symbol) : nothing}
                <span lang=${ifDefined(langAttribute(option.lang, lang))}>${option.label}</span>
              </label>
            </li>`,
          )}
        </ul>
      </fieldset>
    `;
  }

  override render() {
    const lang: Lang = this.binding.lang;
    const layer = this.target;
    const description = layer ? this.binding.describe(layer) : undefined;
    const facets = (description?.facets ?? []).filter((facet): facet is ValuesFacet => facet.kind === 'values');
    const ticked = facets.reduce((sum, facet) => sum + facet.selected.length, 0);
    const filtered = ticked > 0;
    const collapsed = this.headed && this.collapsed;
    return html`
      <div class="panel" part="container" lang=${lang}>
        ${this.headed
          ? heading(
              this.headingLevel,
              'heading',
              collapseToggle(collapsed, () => this.corner.toggle(), html`<span>${filtered ? t(lang, 'title-active', { count: ticked }) : t(lang, 'title')}</span>`),
            )
          : nothing}
        <!-- A group with no values (the data not there yet, or a misspelt category-field, which the layer says) is left out. -->
        <div class="body" id="body" part="body" ?hidden=${collapsed}>
          ${facets.filter((facet) => facet.options.length).map((facet) => this.renderGroup(layer, facet, lang))}
          <p class="hint muted" id="hint" part="hint">${layer ? t(lang, 'hint') : noLayerText(this.binding.layersComing, lang, t(lang, 'no-layer'))}</p>
        </div>
        <!-- Collapsed while a filter is set, the count and the reset stay: a map the filter emptied says so. -->
        <div class="footer" ?hidden=${collapsed && !filtered}>
          <p class="count" part="count" role="status">${description ? this.countText(description, filtered) : ''}</p>
          ${filtered && layer
            ? html`<button class="reset" part="reset" type="button" @click=${() => this.reset(layer, facets)}>${t(lang, 'reset')}</button>`
            : nothing}
        </div>
      </div>
    `;
  }
}
