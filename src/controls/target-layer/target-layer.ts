import type { DescribedLayer } from '../../registry/described-layer.js';
import type { Facet } from '../../registry/layer-description.js';
import type { MapBinding } from '../map-binding.js';

/**
 * The layer a filter control works on: the element named by its `layer` attribute (an id, looked up like
 * `for`), else the first layer of the bound map that offers a facet of that kind. Undefined when there is none
 * (yet).
 */
export function targetLayer(host: Element, binding: MapBinding, id: string | undefined, kind: Facet['kind']): DescribedLayer | undefined {
  const offers = (layer: DescribedLayer) => binding.describe(layer).facets.some((facet) => facet.kind === kind);
  if (id?.trim()) {
    const root = host.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(id.trim()) ?? document.getElementById(id.trim());
    return binding.layers.find((layer) => layer === found && offers(layer));
  }
  return binding.layers.find(offers);
}
