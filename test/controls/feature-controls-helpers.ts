// Shared setup of the feature list, details and search tests: a real map with real layers.
import type { Feature } from 'geojson';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import '../../src/kn-feature-details.js';
import '../../src/kn-feature-list.js';
import '../../src/kn-search.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { mountMap, sourceId } from '../helpers/harness.js';

export { until } from '../helpers/harness.js';

export interface Mounted {
  container: HTMLElement;
  map: KnMap;
  layers: KnDataLayer[];
}

/** Mounts a template containing one `<kn-map>` with data layers and waits for it (`mountMap`). */
export async function mount(template: TemplateResult): Promise<Mounted> {
  const { root, map, layers } = await mountMap(template);
  return { container: root, map, layers };
}

/** The feature of a layer with that name. */
export function featureNamed(layer: KnDataLayer, name: string): Feature {
  const feature = layer.features.find((f) => f.properties?.name === name);
  if (!feature) throw new Error(`no feature "${name}" in ${layer.localName}`);
  return feature;
}

/** Whether the map shows the feature as selected (feature-state of the layer's source). */
export function isHighlighted(map: KnMap, layer: KnDataLayer, feature: Feature): boolean {
  return map.map!.getFeatureState({ source: sourceId(layer), id: layer.features.indexOf(feature) }).selected === true;
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The page position of a longitude/latitude on the map, for sendMouse. */
export function pagePoint(map: KnMap, lngLat: [number, number]): [number, number] {
  const rect = map.map!.getCanvas().getBoundingClientRect();
  const point = map.map!.project(lngLat);
  return [Math.round(rect.left + point.x), Math.round(rect.top + point.y)];
}
