import { DATA_ID_PREFIX } from '../map/map-context.js';

let counter = 0;

/** A prefix unique to one layer element, e.g. `kn-geojson-3`, for its source and style layer ids. */
export function uniqueLayerPrefix(kind: string): string {
  counter += 1;
  return `${DATA_ID_PREFIX}${kind}-${counter}`;
}
