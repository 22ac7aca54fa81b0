import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { idle, nextEvent } from '../helpers/map.js';

/** Mounts `<kn-map>` with one layer and waits until the layer's data is shown and drawn. */
export async function mapWithLayer<L extends KnDataLayer>(template: TemplateResult): Promise<{ map: KnMap; layer: L }> {
  const container = await fixture<HTMLDivElement>(template);
  const map = container.querySelector('kn-map')!;
  const layer = map.querySelector<L>('*')!;
  const loaded = layer.features.length ? Promise.resolve() : nextEvent(layer, 'kn-data-load');
  await loaded;
  await map.ready;
  await idle(map.map!);
  return { map, layer };
}

/** Style-layer ids of a layer element, by their last part (`active`, `fill` …). */
export function styleIds(map: KnMap, prefixOf: Element): Record<string, string> {
  const ids = map.map!.getLayersOrder().filter((id) => id.startsWith('kn-'));
  const own = ids.filter((id) => id.startsWith((prefixOf as unknown as { idPrefix: string }).idPrefix + '-'));
  return Object.fromEntries(own.map((id) => [id.slice((prefixOf as unknown as { idPrefix: string }).idPrefix.length + 1), id]));
}

export const renderedNames = (map: KnMap, layerId: string) =>
  map.map!.queryRenderedFeatures({ layers: [layerId] }).map((f) => String(f.properties.name));
