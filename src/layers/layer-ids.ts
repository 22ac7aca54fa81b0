import { DATA_ID_PREFIX } from '../map/map-context.js';

/** How many layers of each kind have taken a prefix on this page. */
const counters = new Map<string, number>();

/**
 * A prefix unique to one layer element, e.g. `kn-geojson-3`, for its source and style layer ids: numbered per kind,
 * so that a page's `kn-wlan-1` stays `kn-wlan-1` whichever element's code arrived first (the CDN autoloader loads
 * each element's module when its tag appears, and elements are upgraded in the order their modules arrive).
 */
export function uniqueLayerPrefix(kind: string): string {
  const n = (counters.get(kind) ?? 0) + 1;
  counters.set(kind, n);
  return `${DATA_ID_PREFIX}${kind}-${n}`;
}
