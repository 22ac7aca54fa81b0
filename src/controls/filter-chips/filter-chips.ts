import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Lang } from '../../i18n/lang.js';
import { KnProjectsLayer } from '../../layers/projects/kn-projects-layer.js';
import { FIELD_SYMBOLS, FIELDS_OF_ACTION, PROJECT_STATUSES } from '../../layers/projects/projects.js';
import { controlStyles } from '../control-styles.js';
import { renderSwatch } from '../legend/swatches.js';
import { MapBinding } from '../map-binding.js';
import { targetLayer } from '../target-layer/target-layer.js';
import { t } from './filter-chips.messages.js';
import { filterChipsStyles } from './filter-chips.styles.js';
import { listHas, toggleInList } from './filter-list.js';
import { fieldName, statusName } from './project-terms.js';

type Filter = 'categories' | 'status';

/**
 * Filters the Smart Green City projects by field of action and by status. Each chip is a real checkbox with
 * its label, styled as a chip, in a group (`<fieldset>` with `<legend>`): Tab reaches each box, Space ticks
 * it, screen readers say "Handlungsfeld, Gruppe — Smarte Mobilität, Kontrollkästchen, aktiviert" without any
 * ARIA, and the tick stays visible in forced-colours mode. (Toggle buttons with `aria-pressed` would need
 * an ARIA group name and are announced as "pressed", which says less about a filter than "checked".)
 *
 * Ticked chips are written comma-joined to the layer's `categories` and `status` attributes; nothing ticked
 * in a group means no filter there (all shown), as the layer itself reads it. The number of projects then
 * shown is written to a polite live region ("7 Projekte angezeigt"). It works on the first
 * `<kn-projects-layer>` of the map, or the one named by `layer`.
 *
 * Place it in a corner of `<kn-map>` (`slot="bottom-left"` …) or anywhere on the page with `for="map-id"`.
 *
 * @tagname kn-filter-chips
 * @summary Filter chips for the projects layer: fields of action and status, with a count announced.
 *
 * @csspart container - The panel around everything.
 * @csspart group - A group of chips (fields of action, statuses).
 * @csspart legend - The name of a group.
 * @csspart chip - One chip: checkbox, symbol, name.
 * @csspart checkbox - The checkbox inside a chip.
 * @csspart swatch - The symbol of a field of action.
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
 * @cssproperty [--kn-color-primary=#1d5fa8] - Checkboxes and the tint of ticked chips.
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
  static override styles = [controlStyles, filterChipsStyles];

  /** Id of a `<kn-map>` elsewhere on the page; without it, the `<kn-map>` whose corner slot holds the chips. */
  @property({ reflect: true }) for?: string;

  /** Id of the `<kn-projects-layer>` to filter; without it, the first projects layer of the map. */
  @property({ reflect: true }) layer?: string;

  private readonly binding = new MapBinding(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.binding.bind();
  }

  /** The projects layer the chips filter, if there is one. */
  get target(): KnProjectsLayer | undefined {
    return targetLayer(this, this.binding, this.layer, KnProjectsLayer);
  }

  private async setFilter(filter: Filter, value: string, on: boolean): Promise<void> {
    const layer = this.target;
    if (!layer) return;
    const order = filter === 'categories' ? FIELDS_OF_ACTION : PROJECT_STATUSES;
    const next = toggleInList(layer[filter], value, on, order);
    if (next) layer.setAttribute(filter, next);
    else layer.removeAttribute(filter);
    await this.changed(layer);
  }

  private async reset(): Promise<void> {
    const layer = this.target;
    if (!layer) return;
    layer.removeAttribute('categories');
    layer.removeAttribute('status');
    await this.changed(layer);
    // The button is gone now: keep the keyboard user in the chips.
    this.renderRoot.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
  }

  private async changed(layer: KnProjectsLayer): Promise<void> {
    await layer.updateComplete;
    this.requestUpdate();
    await this.updateComplete;
  }

  private countText(layer: KnProjectsLayer, lang: Lang): string {
    const filtered = !!(layer.categories?.trim() || layer.status?.trim());
    const count = layer.features.length;
    // Before the data is there, an unfiltered "0" would be wrong: say nothing yet.
    if (!count && !filtered) return '';
    const plural = new Intl.PluralRules(lang === 'de' ? 'de-DE' : 'en-GB').select(count) === 'one' ? 'count.one' : 'count.other';
    return t(lang, plural, { count });
  }

  private renderGroup(layer: KnProjectsLayer | undefined, filter: Filter, lang: Lang) {
    const values = filter === 'categories' ? FIELDS_OF_ACTION : PROJECT_STATUSES;
    const label = filter === 'categories' ? t(lang, 'fields') : t(lang, 'statuses');
    return html`
      <fieldset part="group" ?disabled=${!layer} aria-describedby="hint">
        <legend part="legend">${label}</legend>
        <ul>
          ${values.map((value) => {
            const symbol = filter === 'categories' && Object.hasOwn(FIELD_SYMBOLS, value) ? FIELD_SYMBOLS[value] : undefined;
            return html`<li>
              <label class="chip" part="chip">
                <input
                  type="checkbox"
                  part="checkbox"
                  .checked=${live(!!layer && listHas(layer[filter], value))}
                  @change=${(event: Event) => this.setFilter(filter, value, (event.target as HTMLInputElement).checked)}
                />
                ${symbol ? renderSwatch({ kind: 'shape', ...symbol }) : nothing}
                <span>${filter === 'categories' ? fieldName(value, lang) : statusName(value, lang)}</span>
              </label>
            </li>`;
          })}
        </ul>
      </fieldset>
    `;
  }

  override render() {
    const lang = this.binding.lang;
    const layer = this.target;
    const filtered = !!(layer?.categories?.trim() || layer?.status?.trim());
    return html`
      <div class="panel" part="container" lang=${lang}>
        ${this.renderGroup(layer, 'categories', lang)} ${this.renderGroup(layer, 'status', lang)}
        <p class="hint muted" id="hint" part="hint">${layer ? t(lang, 'hint') : t(lang, 'no-layer')}</p>
        <div class="footer">
          <p class="count" part="count" role="status">${layer ? this.countText(layer, lang) : ''}</p>
          ${filtered ? html`<button class="reset" part="reset" type="button" @click=${this.reset}>${t(lang, 'reset')}</button>` : nothing}
        </div>
      </div>
    `;
  }
}
