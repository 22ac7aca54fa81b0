import type { Feature } from 'geojson';
import type { ReactiveControllerHost } from 'lit';
import type { FibreStatistic } from '../../layers/fibre/fibre-status.js';
import type { KnFibreLayer } from '../../layers/fibre/kn-fibre-layer.js';

interface Entry {
  features: readonly Feature[];
  year: number;
  value?: FibreStatistic[];
}

/**
 * Keeps `await layer.statistics()` of each fibre layer at hand for a synchronous render: `refresh` starts a
 * new computation when the layer's data or year changed and re-renders the host when it is done; until
 * then `value` is the previous result (no flicker while a slider moves through the years).
 */
export class FibreStatisticsCache {
  private readonly entries = new WeakMap<KnFibreLayer, Entry>();

  constructor(private readonly host: ReactiveControllerHost) {}

  refresh(layer: KnFibreLayer): void {
    const previous = this.entries.get(layer);
    if (previous && previous.features === layer.features && previous.year === layer.year) return;
    const entry: Entry = { features: layer.features, year: layer.year, value: previous?.value };
    this.entries.set(layer, entry);
    if (!layer.features.length) {
      entry.value = undefined;
      return;
    }
    void layer.statistics().then(
      (value) => {
        if (this.entries.get(layer) !== entry) return; // a newer computation has started
        entry.value = value;
        this.host.requestUpdate();
      },
      () => undefined, // without figures the legend still shows the symbols
    );
  }

  value(layer: KnFibreLayer): FibreStatistic[] | undefined {
    return this.entries.get(layer)?.value;
  }
}
