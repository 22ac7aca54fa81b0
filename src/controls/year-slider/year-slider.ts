import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { DescribedLayer } from '../../registry/described-layer.js';
import type { LayerDescription, YearFacet } from '../../registry/layer-description.js';
import { controlStyles } from '../control-styles.js';
import { MapBinding } from '../map-binding.js';
import { targetLayer } from '../target-layer/target-layer.js';
import { t } from './year-slider.messages.js';
import { yearSliderStyles } from './year-slider.styles.js';
import { yearSummary } from './year-summary.js';
import { noLayerText } from '../layers-coming.js';

const CURRENT_YEAR = new Date().getFullYear();

/** A layer description's year facet, if it offers one. */
const yearFacet = (description: LayerDescription) => description.facets.find((facet): facet is YearFacet => facet.kind === 'year');

/**
 * Chooses the year a layer is shown as of (the fibre rollout, or any layer whose description offers a year
 * facet): a native range input labelled with the facet's name, e.g. "Glasfaser-Ausbaustand im Jahr" / "Fibre rollout
 * as of year" (arrow keys, Home/End, Page Up/Down as in every browser), with the year as text beside it. Moving it
 * sets the facet's attribute (`year`) of the first such layer of the map, or of the one named by `layer`, and says
 * politely what that year shows ("2016: 3 verfügbar, 4 im Bau, 8 geplant"), for those who do not see the map change
 * (after each key press, and a drag when it is let go).
 *
 * Place it in a corner of `<kn-map>` (`slot="bottom-left"` …) or anywhere on the page with `for="map-id"`.
 *
 * @tagname kn-year-slider
 * @summary A year slider for any layer shown as of a year (the fibre rollout).
 *
 * @csspart container - The panel around everything.
 * @csspart label - The label of the slider.
 * @csspart range - The range input.
 * @csspart value - The chosen year, as text.
 * @csspart ends - The first and last year under the slider.
 * @csspart status - The live region (visually hidden) that says what the year chosen shows.
 *
 * @cssproperty [--kn-year-slider-accent=#1d5fa8] - Colour of the slider (falls back to `--kn-color-primary`, then `--kn-color-link`: light blue on the dark theme).
 * @cssproperty [--kn-year-slider-max-width=20rem] - Widest the panel grows.
 * @cssproperty [--kn-panel-background=#ffffff] - Background of the panel.
 * @cssproperty [--kn-panel-color=#1f1f1f] - Text colour (falls back to `--kn-color-text`).
 * @cssproperty [--kn-panel-padding=0.625rem 0.75rem] - Padding of the panel.
 * @cssproperty [--kn-panel-radius=6px] - Corner radius of the panel.
 * @cssproperty [--kn-panel-shadow=0 1px 4px rgb(0 0 0 / 0.25)] - Shadow of the panel.
 * @cssproperty [--kn-color-muted=#555555] - Colour of the first and last year.
 * @cssproperty [--kn-color-focus=#1d5fa8] - Focus outline.
 * @cssproperty [--kn-font-family=system-ui] - Font.
 */
export class KnYearSlider extends LitElement {
  static override styles = [controlStyles, yearSliderStyles];

  /** Id of a `<kn-map>` elsewhere on the page; without it, the `<kn-map>` whose corner slot holds the slider. */
  @property({ reflect: true }) for?: string;

  /** Like `for` (which wins), in the form CMS editors keep (TinyMCE 8 removes `for`). */
  @property({ attribute: 'data-map', reflect: true }) dataMap?: string;

  /** Id of the layer to set; without it, the first layer of the map that is shown as of a year. */
  @property({ reflect: true }) layer?: string;

  /** First year offered. */
  @property({ type: Number }) min = 2011;

  /** Last year offered (default: this year). */
  @property({ type: Number }) max = CURRENT_YEAR;

  private readonly binding = new MapBinding(this, ['layers']);

  /** What the last move showed, said by the live region (empty until the visitor moves the slider), and in which language. */
  @state() private said = '';
  private saidLang?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.binding.bindIfNamed(changed);
    if (this.said && this.saidLang !== this.binding.lang) this.said = ''; // (not said again in another language)
  }

  /** The layer the slider sets, if there is one. */
  get target(): DescribedLayer | undefined {
    return targetLayer(this, this.binding, this.layer, 'year');
  }

  private facetOf(layer: DescribedLayer | undefined): YearFacet | undefined {
    return layer && yearFacet(this.binding.describe(layer));
  }

  private async onInput(event: Event): Promise<void> {
    const layer = this.target;
    const facet = this.facetOf(layer);
    if (!layer || !facet) return;
    layer.setAttribute(facet.attribute, (event.target as HTMLInputElement).value);
    await (layer as DescribedLayer & { updateComplete?: Promise<unknown> }).updateComplete;
    this.requestUpdate();
  }

  /**
   * The year chosen (each key press; a drag when it is let go, not every year passed on the way): says what the layer
   * shows then. Nothing while its data is not there; a hidden layer is said to be hidden.
   */
  private async onChange(): Promise<void> {
    const layer = this.target;
    if (!layer) return;
    await (layer as DescribedLayer & { updateComplete?: Promise<unknown> }).updateComplete;
    const lang = this.binding.lang;
    const description = this.binding.describe(layer);
    const year = yearFacet(description)?.value ?? this.max; // (described once)
    this.saidLang = lang;
    if (layer.hidden) this.said = `${year}: ${description.shown.text}`;
    else if (!layer.features.length) this.said = '';
    else {
      const categories = layer.features.map((feature) => layer.featureCategory(feature, lang).trim());
      this.said = yearSummary(year, categories, description.legend.map((row) => row.label), lang);
    }
  }

  override render() {
    const lang = this.binding.lang;
    const layer = this.target;
    const facet = this.facetOf(layer);
    const [from, to] = [Number.isInteger(this.min) ? this.min : 2011, Number.isInteger(this.max) ? this.max : CURRENT_YEAR];
    const [min, max] = [Math.min(from, to), Math.max(from, to)];
    const year = Math.min(max, Math.max(min, facet && Number.isInteger(facet.value) ? facet.value : max));
    return html`
      <div class="panel" part="container" lang=${lang}>
        <label for="year" part="label">${facet?.label ?? t(lang, 'label')}</label>
        <div class="row">
          <input id="year" part="range" type="range" min=${min} max=${max} step="1" .value=${live(String(year))} ?disabled=${!layer} @input=${this.onInput} @change=${this.onChange} />
          <span class="value" part="value" aria-hidden="true">${year}</span>
        </div>
        <div class="ends muted" part="ends" aria-hidden="true"><span>${min}</span><span>${max}</span></div>
        ${layer ? nothing : html`<p class="muted">${noLayerText(this.binding.layersComing, lang, t(lang, 'no-layer'))}</p>`}
        <p class="visually-hidden" part="status" role="status">${this.said}</p>
      </div>
    `;
  }
}
