import type { KnDataLayer } from '../../layers/data-layer.js';
import type { MapBinding } from '../map-binding.js';

type LayerClass<T extends KnDataLayer> = abstract new (...args: never[]) => T;

/**
 * The layer a filter control works on: the element named by its `layer` attribute (an id, looked up like
 * `for`), else the first layer of that class on the bound map. Undefined when there is none (yet).
 */
export function targetLayer<T extends KnDataLayer>(host: Element, binding: MapBinding, id: string | undefined, type: LayerClass<T>): T | undefined {
  if (id?.trim()) {
    const root = host.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(id.trim()) ?? document.getElementById(id.trim());
    return found instanceof type ? found : undefined;
  }
  return binding.layers.find((layer): layer is T => layer instanceof type);
}
