import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Lang } from '../../i18n/lang.js';
import type { LayerRegistry } from '../../registry/layer-registry.js';
import { adoptStyles } from '../adopt-styles.js';

type View = typeof import('./sample-mark-view.js');

/**
 * The "Beispieldaten" mark on the map itself: shown while a visible layer describes itself with a note of kind
 * `sample` (invented or illustrative data, e.g. the fibre layer's bundled districts), so that the map — or a
 * screenshot of it — never passes sample data off as real. Any layer gets it through its notes; the map knows no
 * layer kind. It sits in the top-left corner below that corner's controls, so it covers none of them.
 *
 * Its words, template and styles (sample-mark-view.ts) are a lazy chunk, loaded when a layer with sample data first
 * shows: a page with real data only downloads none of it. Should the chunk not load, the layer's own name, legend
 * and credit still say "Beispieldaten".
 */
export class SampleMark implements ReactiveController {
  private unsubscribe?: () => void;
  private view?: View;
  private loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: Node },
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
    if (!this.view) {
      this.load();
      return nothing;
    }
    return this.view.sampleMarkTemplate(lang, names);
  }

  private load(): void {
    this.loading ??= import('./sample-mark-view.js').then(
      (view) => {
        this.view = view;
        adoptStyles(this.host.renderRoot, view.sampleMarkStyles);
        this.host.requestUpdate();
      },
      (error) => console.warn('[kn-map-elements] the "Beispieldaten" mark could not be loaded', error),
    );
  }
}
