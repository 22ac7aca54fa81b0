/** An address found by a geocoder. */
export interface Place {
  label: string;
  /** [longitude, latitude]. */
  center: [number, number];
  /** [west, south, east, north], when the service gives an extent. */
  bounds?: [number, number, number, number];
}

/** The request for `query`: the service URL (relative to the page) with `q` and `limit` set. */
export function geocoderUrl(service: string, query: string, limit: number, base: string): URL {
  const url = new URL(service, base);
  url.searchParams.set('q', query);
  url.searchParams.set('limit', String(limit));
  return url;
}

const finite = (...values: number[]) => values.every(Number.isFinite);
/** A coordinate as a service writes it: a number, or a number in a string (Nominatim); NaN for anything else. */
const coordinate = (value: unknown): number =>
  typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
/** A longitude and a latitude on the earth: maplibre throws "Invalid LngLat" for a latitude beyond ±90°. */
const onEarth = (lon: number, lat: number) => finite(lon, lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
/** [west, south, east, north] on the earth, or undefined. */
const box = (west: number, south: number, east: number, north: number): Place['bounds'] =>
  onEarth(west, south) && onEarth(east, north) ? [west, south, east, north] : undefined;
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');
const join = (parts: unknown[], separator: string) => parts.map(text).filter(Boolean).join(separator);

/** "Marktstätte 1, 78462 Konstanz" from Photon's properties. */
function photonLabel(p: Record<string, unknown>): string {
  const street = join([p.street, p.housenumber], ' ');
  const name = text(p.name);
  const place = join([p.postcode, p.city ?? p.town ?? p.village], ' ');
  const first = name && street && name !== street ? `${name}, ${street}` : name || street;
  return join([first, place || p.state], ', ');
}

/** The addresses of a geocoder's answer (`parsePlaces`). */
export function parsePlaces(json: unknown, limit = 5): Place[] {
  return readPlaces(json, limit).places;
}

/**
 * Reads a geocoder's answer: a GeoJSON FeatureCollection of points (Photon; Nominatim with
 * `format=geojson`) or Nominatim's JSON array with `lat`, `lon`, `display_name` and `boundingbox`.
 * Anything it does not understand is left out; never throws. `dropped` counts the named results whose
 * position is no place on the earth (1e9, a latitude of 91°, NaN, words): the search says so. An extent
 * that is none is left out, the result kept.
 */
export function readPlaces(json: unknown, limit = 5): { places: Place[]; dropped: number } {
  const places: Place[] = [];
  let dropped = 0;
  if (json && typeof json === 'object' && (json as { type?: unknown }).type === 'FeatureCollection') {
    for (const feature of ((json as { features?: unknown[] }).features ?? []) as {
      geometry?: { type?: string; coordinates?: unknown };
      properties?: Record<string, unknown>;
      bbox?: number[];
    }[]) {
      const coordinates = feature?.geometry?.type === 'Point' ? feature.geometry.coordinates : null;
      if (!Array.isArray(coordinates)) continue;
      const p = feature.properties && typeof feature.properties === 'object' ? feature.properties : {};
      const label = text(p.display_name) || photonLabel(p);
      if (!label) continue;
      const [lon, lat] = [coordinate(coordinates[0]), coordinate(coordinates[1])];
      if (!onEarth(lon, lat)) {
        dropped++;
        continue;
      }
      const extent = Array.isArray(p.extent) && p.extent.length === 4 ? p.extent.map(coordinate) : null; // Photon: [west, north, east, south]
      const bounds = extent
        ? box(Math.min(extent[0], extent[2]), Math.min(extent[1], extent[3]), Math.max(extent[0], extent[2]), Math.max(extent[1], extent[3]))
        : undefined;
      places.push({ label, center: [lon, lat], bounds });
    }
  } else if (Array.isArray(json)) {
    for (const item of json as Record<string, unknown>[]) {
      const label = text(item?.display_name);
      if (!label) continue;
      const [lat, lon] = [coordinate(item.lat), coordinate(item.lon)];
      if (!onEarth(lon, lat)) {
        dropped++;
        continue;
      }
      const extent = Array.isArray(item.boundingbox) && item.boundingbox.length === 4 ? item.boundingbox.map(coordinate) : null; // [south, north, west, east]
      const bounds = extent ? box(extent[2], extent[0], extent[3], extent[1]) : undefined;
      places.push({ label, center: [lon, lat], bounds });
    }
  }
  return { places: places.slice(0, limit), dropped };
}
