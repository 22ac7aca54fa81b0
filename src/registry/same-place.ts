import type { Feature } from 'geojson';
import type { DescribedLayer } from './described-layer.js';

/**
 * How near another point must stand to be "at the same place" as one chosen in a list, the search, with the keyboard
 * or by a script, in metres: two access points of one street lamp, a hotspot and a weather station on one mast.
 * (A click or tap names what lies under the pointer instead, which depends on the zoom.)
 */
export const SAME_PLACE_METRES = 5;

const METRES_PER_DEGREE = 111_320;

/** The position of a point feature, undefined for any other geometry. */
function pointOf(feature: Feature): [number, number] | undefined {
  const geometry = feature.geometry;
  if (geometry?.type !== 'Point') return undefined;
  const [lng, lat] = geometry.coordinates;
  return Number.isFinite(lng) && Number.isFinite(lat) ? [lng, lat] : undefined;
}

/**
 * Every point the map shows within `metres` of the point `chosen` (of any layer shown, `chosen` itself first, then the
 * later layers' before the earlier ones', each in its data's order), when there is more than `chosen` alone: what a
 * details panel offers as "Ebenfalls an dieser Stelle" for a selection not made by a click. Undefined when `chosen` is
 * no point or stands alone. Pure: tested directly.
 */
export function pointsAtSamePlace(
  layers: readonly DescribedLayer[],
  chosen: { layer: DescribedLayer; feature: Feature },
  metres = SAME_PLACE_METRES,
): { layer: DescribedLayer; feature: Feature }[] | undefined {
  const at = pointOf(chosen.feature);
  if (!at) return undefined;
  const lngScale = Math.cos((at[1] * Math.PI) / 180) * METRES_PER_DEGREE;
  const near = (position: [number, number]) => Math.hypot((position[0] - at[0]) * lngScale, (position[1] - at[1]) * METRES_PER_DEGREE) <= metres;
  const found: { layer: DescribedLayer; feature: Feature }[] = [chosen];
  for (const layer of [...layers].reverse()) {
    if (layer.hidden) continue;
    for (const feature of layer.features) {
      if (feature === chosen.feature) continue;
      const position = pointOf(feature);
      // (The position first: `isShown` asks the layer's filters, for the few near it only.)
      if (position && near(position) && layer.isShown(feature)) found.push({ layer, feature });
    }
  }
  return found.length > 1 ? found : undefined;
}
