import type { StyleSpecification } from 'maplibre-gl';
import { isAreaLike } from '../layers/stacking.js';
import { DATA_ID_PREFIX } from './map-context.js';

/**
 * For `setStyle(…, {transformStyle})`: the new basemap with the data layers of the old style — their areas
 * and lines below the basemap's labels (as the layers add them), everything else on top.
 */
export function carryOverDataLayers(
  previous: StyleSpecification | undefined,
  next: StyleSpecification,
): StyleSpecification {
  if (!previous) return next;
  const isData = (id: string) => id.startsWith(DATA_ID_PREFIX);
  const dataSources = Object.fromEntries(Object.entries(previous.sources).filter(([id]) => isData(id)));
  const data = previous.layers.filter((layer) => isData(layer.id));
  // The same rule as the layers' own stacking (fill, line, raster … under the labels): a WMS image stays below them.
  const isArea = (layer: (typeof data)[number]) => isAreaLike(layer.type);
  const belowLabels = data.filter(isArea);
  const onTop = data.filter((layer) => !isArea(layer));
  const firstLabel = next.layers.findIndex((layer) => layer.type === 'symbol');
  const split = firstLabel === -1 ? next.layers.length : firstLabel;
  return {
    ...next,
    sources: { ...next.sources, ...dataSources },
    layers: [...next.layers.slice(0, split), ...belowLabels, ...next.layers.slice(split), ...onTop],
  };
}
