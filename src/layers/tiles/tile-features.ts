import type { Feature } from 'geojson';

interface RenderedFeature {
  id?: string | number;
  properties: Record<string, unknown> | null;
  geometry: Feature['geometry'];
}

/**
 * What makes a tile feature the same feature in another tile: its id, or without one its properties and,
 * for points, its position (two trees of the same kind are two trees). A line or area cut into several
 * tiles has other coordinates in each piece, so without an id its pieces count as one only by properties.
 */
export function tileFeatureKey(feature: { id?: string | number; properties: unknown; geometry: Feature['geometry'] }): string {
  if (feature.id !== undefined) return `id:${feature.id}`;
  // A piece of an area may be a Polygon in one tile and a MultiPolygon in the next: only points have a place.
  const where = feature.geometry?.type === 'Point' ? JSON.stringify(feature.geometry.coordinates) : 'shape';
  return `p:${JSON.stringify(feature.properties)}@${where}`;
}

/** The features of the tiles loaded for the view, each once (a feature spanning several tiles comes back once per tile). */
export function uniqueTileFeatures(rendered: readonly RenderedFeature[]): Feature[] {
  const seen = new Set<string>();
  const features: Feature[] = [];
  for (const feature of rendered) {
    const key = tileFeatureKey(feature);
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

/** A fingerprint of a feature set, to tell whether a new view brought other features. */
export function featureSetKey(features: readonly Feature[]): string {
  return features.map((feature) => tileFeatureKey(feature as RenderedFeature)).join('\n');
}
