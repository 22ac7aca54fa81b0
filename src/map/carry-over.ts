import type { StyleSpecification } from 'maplibre-gl';
import { DATA_ID_PREFIX } from './map-context.js';

/** For `setStyle(…, {transformStyle})`: the new basemap with the data layers of the old style on top. */
export function carryOverDataLayers(
  previous: StyleSpecification | undefined,
  next: StyleSpecification,
): StyleSpecification {
  if (!previous) return next;
  const isData = (id: string) => id.startsWith(DATA_ID_PREFIX);
  const dataSources = Object.fromEntries(Object.entries(previous.sources).filter(([id]) => isData(id)));
  return {
    ...next,
    sources: { ...next.sources, ...dataSources },
    layers: [...next.layers, ...previous.layers.filter((layer) => isData(layer.id))],
  };
}
