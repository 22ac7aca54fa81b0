// Shared setup of the feature list, details and search tests: a real map with real layers.
import { fixture } from '@open-wc/testing';
import type { Feature } from 'geojson';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import '../../src/kn-feature-details.js';
import '../../src/kn-feature-list.js';
import '../../src/kn-search.js';
import { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { idle, nextEvent } from '../helpers/map.js';

export interface Mounted {
  container: HTMLElement;
  map: KnMap;
  layers: KnDataLayer[];
}

/** Mounts a template containing one `<kn-map>` with data layers; waits until every layer's data is drawn. */
export async function mount(template: TemplateResult): Promise<Mounted> {
  const container = await fixture<HTMLElement>(template);
  const map = container.querySelector('kn-map')!;
  const layers = [...map.children].filter((child): child is KnDataLayer => child instanceof KnDataLayer);
  await Promise.all(layers.map((layer) => (layer.features.length ? undefined : nextEvent(layer, 'kn-data-load'))));
  await map.ready;
  await idle(map.map!);
  for (const element of container.querySelectorAll('kn-feature-list, kn-feature-details, kn-search'))
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return { container, map, layers };
}

/** The feature of a layer with that name. */
export function featureNamed(layer: KnDataLayer, name: string): Feature {
  const feature = layer.features.find((f) => f.properties?.name === name);
  if (!feature) throw new Error(`no feature "${name}" in ${layer.localName}`);
  return feature;
}

/** Whether the map shows the feature as selected (feature-state of the layer's source). */
export function isHighlighted(map: KnMap, layer: KnDataLayer, feature: Feature): boolean {
  const prefix = (layer as unknown as { idPrefix: string }).idPrefix;
  return map.map!.getFeatureState({ source: `${prefix}-source`, id: layer.features.indexOf(feature) }).selected === true;
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

/** Waits until a condition holds (checked every animation frame), or fails after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
