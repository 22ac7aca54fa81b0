import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Lang } from '../i18n/lang.js';
import type { LayerRegistry } from '../registry/layer-registry.js';
import { t } from './sample-mark.messages.js';

/**
 * The "Beispieldaten" mark on the map itself: shown while a visible layer describes itself with a note of kind
 * `sample` (invented or illustrative data, e.g. the fibre layer's bundled districts), so that the map — or a
 * screenshot of it — never passes sample data off as real. Any layer gets it through its notes; the map knows no
 * layer kind. It sits in the top-left corner below that corner's controls, so it covers none of them.
 */
export class SampleMark implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly registry: LayerRegistry,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.registry.subscribe((topics) => {
      if (topics.has('layers')) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** The names of the visible layers that show sample data, in page order. */
  sampleLayers(lang: Lang): string[] {
    return this.registry.layers
      .map((layer) => this.registry.describe(layer, lang))
      .filter((description) => !description.hidden && description.notes.some((note) => note.kind === 'sample'))
      .map((description) => description.name);
  }

  render(lang: Lang) {
    const names = this.sampleLayers(lang);
    if (!names.length) return nothing;
    return html`<p class="sample-mark" part="sample-mark">
      <span class="sample-mark-flag" aria-hidden="true"></span>${t(lang, 'label')}<span class="visually-hidden"
        >${`\u00a0${t(lang, 'layers', { layers: names.join(', ') })}`}</span
      >
    </p>`;
  }
}

/** The mark: a small amber-edged label, dark text on a pale ground (≥ 7:1), in light and dark theme. */
export const sampleMarkStyles = css`
  .sample-mark {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    margin: 0;
    padding: 0.15rem 0.6rem 0.15rem 0.35rem;
    border: 1px solid var(--kn-sample-mark-border, #8a5a00);
    border-radius: 999px;
    background: var(--kn-sample-mark-background, #fff4d6);
    color: var(--kn-sample-mark-color, #3d2a00);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.25);
    font-size: 0.8125rem;
    font-weight: 600;
    line-height: 1.5;
    pointer-events: none;
  }
  .sample-mark-flag {
    flex: none;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    border: 1px solid var(--kn-sample-mark-border, #8a5a00);
    background: repeating-linear-gradient(-45deg, var(--kn-sample-mark-border, #8a5a00) 0 2px, transparent 2px 4px);
  }
  :host([data-kn-dark]) {
    --kn-sample-mark-border: #d9a441;
    --kn-sample-mark-background: #3a2f17;
    --kn-sample-mark-color: #ffe6ad;
  }
`;
