import type { TemplateResult } from 'lit';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { mountMap } from '../helpers/harness.js';

export { styleIds } from '../helpers/harness.js';

/** Mounts `<kn-map>` with one layer and waits (`mountMap`) until the layer's data is shown and drawn. */
export async function mapWithLayer<L extends KnDataLayer>(template: TemplateResult): Promise<{ map: KnMap; layer: L }> {
  const { map, layers } = await mountMap(template);
  if (!layers[0]) throw new Error('the map has no data layer');
  return { map, layer: layers[0] as L };
}

export const renderedNames = (map: KnMap, layerId: string) =>
  map.map!.queryRenderedFeatures({ layers: [layerId] }).map((f) => String(f.properties.name));
