import type { Feature, FeatureCollection } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { DescribedLayer } from '../../registry/described-layer.js';
import { isOnTop, stackedOrder } from '../../layers/stacking.js';
import { clustered, type ClusterOptions } from './cluster.js';
import type { StillScene } from './scene.js';
import type { DrawLayer } from './still-draw.js';

/**
 * The still picture's style layers in MapLibre's order: the basemap's, with every data layer's areas and lines below
 * the basemap's first label and their points and labels on top, layer by layer in page order (`stackedOrder`, as
 * the live map stacks them), each with the features of its source as the map shows them at the zoom.
 */

export interface ComposeInput {
  /** The basemap's style and the data of its GeoJSON sources (by source id), if it is drawn. */
  basemap?: { style: StyleSpecification; data: Record<string, FeatureCollection | undefined> };
  layers: readonly { layer: DescribedLayer; scene: StillScene }[];
  zoom: number;
  /** A feature's `feature-state`. */
  state?: (feature: Feature) => Record<string, unknown> | undefined;
}

/** Clustered features by data and zoom level: the same level draws the same clusters (a pan needs no new ones). */
const clusters = new WeakMap<FeatureCollection, { key: string; features: Feature[] }>();

function featuresOf(data: FeatureCollection | undefined, cluster: ClusterOptions | undefined, zoom: number): readonly Feature[] {
  if (!data) return [];
  if (!cluster) return data.features;
  const key = `${Math.floor(zoom)}/${cluster.radius}/${cluster.maxZoom}/${cluster.minPoints}`;
  const cached = clusters.get(data);
  if (cached?.key === key) return cached.features;
  const features = clustered(data.features, cluster, zoom);
  clusters.set(data, { key, features });
  return features;
}

export function composeLayers({ basemap, layers, zoom, state }: ComposeInput): DrawLayer[] {
  const byId = new Map<string, DrawLayer>();
  const base: LayerSpecification[] = basemap?.style.layers ?? [];
  for (const spec of base) {
    const source = 'source' in spec ? String(spec.source) : '';
    byId.set(spec.id, { spec, features: featuresOf(basemap?.data[source], undefined, zoom) });
  }
  const groups: string[][] = [];
  for (const { layer, scene } of layers) {
    const targets = new Map((layer.pickTargets?.() ?? []).map((target) => [target.id, target]));
    for (const spec of scene.layers) {
      const source = 'source' in spec ? scene.sources[String(spec.source)] : undefined;
      // What lies on top (the selected point again, what a nearest search found) has no feature-state on the live map.
      const stateOf = isOnTop(spec.metadata) ? undefined : state;
      byId.set(spec.id, { spec, features: featuresOf(source?.data, source?.cluster, zoom), images: scene.images, state: stateOf, pick: targets.get(spec.id)?.role, top: targets.get(spec.id)?.top, owner: layer });
    }
    groups.push(scene.layers.map((spec) => spec.id));
  }
  const current = [...base, ...layers.flatMap(({ scene }) => scene.layers)].map(({ id, type, metadata }) => ({ id, type, top: isOnTop(metadata) }));
  return stackedOrder(current, groups).map((id) => byId.get(id)!);
}

/**
 * The credit line as MapLibre's attribution control writes it: the credits of what is shown (and MapLibre's own,
 * while it is coming), the shortest first, without one that another contains, joined by " | ".
 */
export function creditLine(credits: readonly (string | undefined)[]): string {
  // Sorted by the length of what MapLibre sorts (HTML: its own credit is a link), shown as text.
  const entries = [...new Set(credits.map((credit) => credit?.trim()).filter((credit): credit is string => !!credit))];
  entries.sort((a, b) => a.length - b.length);
  return entries
    .filter((entry, i) => !entries.slice(i + 1).some((other) => other.includes(entry)))
    .map((entry) => entry.replace(/<[^>]*>/g, ''))
    .join(' | ');
}
