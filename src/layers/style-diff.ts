import type { LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import { DATA_ID_PREFIX } from '../map/map-context.js';

type PaintKey = Parameters<MaplibreMap['setPaintProperty']>[1];
type LayoutKey = Parameters<MaplibreMap['setLayoutProperty']>[1];

/**
 * Applies changed paint, layout and filters of style layers already on the map, touching only what
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
    // Layout too (visibility, and e.g. an icon image chosen by a field or drawn in the layer's colour).
    for (const [key, value] of Object.entries({ visibility: 'visible', ...layer.layout }) as [LayoutKey, unknown][]) {
      if (JSON.stringify(map.getLayoutProperty(layer.id, key) ?? (key === 'visibility' ? 'visible' : undefined)) !== JSON.stringify(value)) {
        map.setLayoutProperty(layer.id, key, value as never);
      }
    }
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
