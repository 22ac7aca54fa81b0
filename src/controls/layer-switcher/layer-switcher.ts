import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { DescribedLayer } from '../../registry/described-layer.js';
import { choiceGroupStyles, controlStyles } from '../control-styles.js';
import { MapBinding } from '../map-binding.js';
import { t } from './layer-switcher.messages.js';
import { layerSwitcherStyles } from './layer-switcher.styles.js';
import { moreLayersComing, noLayerText } from '../layers-coming.js';

/**
 * Shows and hides the data layers of a map: a group "Ebenen" / "Layers" with one real checkbox and label per
 * layer, so keyboard (Tab, Space) and screen readers work as with any form. Ticking a box removes the
 * layer's `hidden` attribute, unticking sets it; when `hidden` changes elsewhere the box follows.
 *
 * Place it in a corner of `<kn-map>` (`slot="top-right"` …) or anywhere on the page with `for="map-id"`.
 *
 * @tagname kn-layer-switcher
 * @summary Show or hide each layer of the map with a labelled checkbox.
 *
 * @csspart container - The panel around everything.
 * @csspart fieldset - The group of checkboxes.
 * @csspart legend - The group's name ("Ebenen" / "Layers").
 * @csspart list - The list of layers.
 * @csspart item - One layer: its checkbox and label.
 * @csspart checkbox - A checkbox.
 * @csspart label - The layer's name.
 * @csspart unavailable - "(nicht verfügbar)" after the name of a layer whose data could not be loaded.
 * @csspart coming - "Weitere Ebenen werden geladen …" under the layers while more layer elements are still being defined.
 *
 * @cssproperty [--kn-layer-switcher-accent=#1d5fa8] - Colour of the ticked boxes (falls back to `--kn-color-primary`, then `--kn-color-link`: light blue on the dark theme).
 * @cssproperty [--kn-layer-switcher-max-width=20rem] - Widest the panel grows.
 * @cssproperty [--kn-panel-background=#ffffff] - Background of the panel.
 * @cssproperty [--kn-panel-color=#1f1f1f] - Text colour (falls back to `--kn-color-text`).
 * @cssproperty [--kn-panel-padding=0.625rem 0.75rem] - Padding of the panel.
 * @cssproperty [--kn-panel-radius=6px] - Corner radius of the panel.
 * @cssproperty [--kn-panel-shadow=0 1px 4px rgb(0 0 0 / 0.25)] - Shadow of the panel.
 * @cssproperty [--kn-color-focus=#1d5fa8] - Focus outline.
 * @cssproperty [--kn-font-family=system-ui] - Font.
 */
export class KnLayerSwitcher extends LitElement {
  static override styles = [controlStyles, choiceGroupStyles, layerSwitcherStyles];

  /** Id of a `<kn-map>` elsewhere on the page; without it, the `<kn-map>` whose corner slot holds the switcher. */
  @property({ reflect: true }) for?: string;

  /** Like `for` (which wins), in the form CMS editors keep (TinyMCE 8 removes `for`). */
  @property({ attribute: 'data-map', reflect: true }) dataMap?: string;

  private readonly binding = new MapBinding(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.binding.bindIfNamed(changed);
  }

  private onChange(layer: DescribedLayer, event: Event): void {
    layer.hidden = !(event.target as HTMLInputElement).checked;
  }

  override render() {
    const lang = this.binding.lang;
    const layers = this.binding.layers;
    return html`
      <div class="panel" part="container" lang=${lang}>
        <fieldset part="fieldset">
          <legend part="legend">${t(lang, 'title')}</legend>
          ${layers.length
            ? html`<ul part="list">
                ${layers.map(
                  (layer) => {
                  const description = this.binding.describe(layer);
                  const unavailable = description.notes.some((note) => note.kind === 'unavailable');
                  return html`<li part="item">
                    <label>
                      <input type="checkbox" part="checkbox" .checked=${live(!layer.hidden)} @change=${(event: Event) => this.onChange(layer, event)} />
                      <span part="label"
                        >${description.name}${unavailable ? html` <span class="muted" part="unavailable">(${t(lang, 'unavailable')})</span>` : nothing}</span
                      >
                    </label>
                  </li>`;
                },
                )}
              </ul>
              ${moreLayersComing(this.binding.layersComing, lang)}`
            : html`<p class="muted">${noLayerText(this.binding.layersComing, lang, t(lang, 'empty'))}</p>`}
        </fieldset>
      </div>
    `;
  }
}
