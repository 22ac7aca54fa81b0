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

/**
 * Where a point chosen from a list or the search lands: in the middle of the part of the map its controls leave free
 * (`framePadding`), within a pixel or two, and under none of the elements in its corners. The point's pixel position.
 */
export function shownInFreeMiddle(map: KnMap, lngLat: [number, number]): { at: [number, number]; expected: [number, number]; covered: boolean } {
  const { width, height } = map.map!.getCanvas().getBoundingClientRect();
  const free = map.framePadding();
  const point = map.map!.project(lngLat);
  const expected: [number, number] = [width / 2 + (free.left - free.right) / 2, height / 2 + (free.top - free.bottom) / 2];
  const rect = map.map!.getCanvas().getBoundingClientRect();
  const [x, y] = [rect.left + point.x, rect.top + point.y];
  const covered = [...map.querySelectorAll<HTMLElement>('[slot]')].some((el) => {
    const box = el.getBoundingClientRect();
    return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  });
  return { at: [point.x, point.y], expected, covered };
}
