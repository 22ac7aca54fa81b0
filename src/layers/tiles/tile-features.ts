import type { Feature } from 'geojson';

interface RenderedFeature {
  id?: string | number;
  properties: Record<string, unknown> | null;
  geometry: Feature['geometry'];
}

/**
 * The features of the tiles loaded for the view, each once. A feature that spans several tiles comes back
 * once per tile (clipped to it); features with the same id, or without ids the same properties, are one.
 */
export function uniqueTileFeatures(rendered: readonly RenderedFeature[]): Feature[] {
  const seen = new Set<string>();
  const features: Feature[] = [];
  for (const feature of rendered) {
    const key = feature.id !== undefined ? `id:${feature.id}` : `p:${JSON.stringify(feature.properties)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    features.push({
      type: 'Feature',
      ...(feature.id !== undefined ? { id: feature.id } : {}),
      properties: { ...(feature.properties ?? {}) },
      geometry: feature.geometry,
    });
  }
  return features;
}

/** A short fingerprint of a feature set, to tell whether a new view brought other features. */
export function featureSetKey(features: readonly Feature[]): string {
  return `${features.length}:${features.map((feature) => feature.id ?? '').join(',')}`;
}
