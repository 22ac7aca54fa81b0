import type { LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import { DATA_ID_PREFIX } from '../map/map-context.js';

type PaintKey = Parameters<MaplibreMap['setPaintProperty']>[1];

/**
 * Applies changed paint, visibility and filters of style layers already on the map, touching only what
 * differs (as svelte-maplibre's diff): a filter change is a style change, never a rebuild of the source.
 */
export function applyStyleDiff(map: MaplibreMap, layers: readonly LayerSpecification[]): void {
  for (const layer of layers) {
    if (!map.getLayer(layer.id)) continue;
    for (const [key, value] of Object.entries(layer.paint ?? {})) {
      if (JSON.stringify(map.getPaintProperty(layer.id, key as PaintKey)) !== JSON.stringify(value)) {
        map.setPaintProperty(layer.id, key as PaintKey, value);
      }
    }
    const visibility = layer.layout?.visibility ?? 'visible';
    if (map.getLayoutProperty(layer.id, 'visibility') !== visibility) map.setLayoutProperty(layer.id, 'visibility', visibility);
    const filter = 'filter' in layer ? (layer.filter ?? null) : null;
    if (JSON.stringify(map.getFilter(layer.id) ?? null) !== JSON.stringify(filter)) map.setFilter(layer.id, filter);
  }
}

/** Style layers drawing `source` read the layer `sourceLayer` inside its vector tiles. */
export function withSourceLayer(layers: LayerSpecification[], source: string, sourceLayer: string | undefined): LayerSpecification[] {
  if (!sourceLayer) return layers;
  return layers.map((layer) => ('source' in layer && layer.source === source ? { ...layer, 'source-layer': sourceLayer } : layer));
}

/** The basemap's first label layer: areas and lines of data go below it so that place names stay legible. */
export function belowLabels(map: MaplibreMap): string | undefined {
  return map.getStyle().layers.find((layer) => layer.type === 'symbol' && !layer.id.startsWith(DATA_ID_PREFIX))?.id;
}
