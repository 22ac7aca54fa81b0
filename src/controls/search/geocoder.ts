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

/**
 * Reads a geocoder's answer: a GeoJSON FeatureCollection of points (Photon; Nominatim with
 * `format=geojson`) or Nominatim's JSON array with `lat`, `lon`, `display_name` and `boundingbox`.
 * Anything it does not understand is left out; never throws.
 */
export function parsePlaces(json: unknown, limit = 5): Place[] {
  const places: Place[] = [];
  if (json && typeof json === 'object' && (json as { type?: unknown }).type === 'FeatureCollection') {
    for (const feature of ((json as { features?: unknown[] }).features ?? []) as {
      geometry?: { type?: string; coordinates?: unknown };
      properties?: Record<string, unknown>;
      bbox?: number[];
    }[]) {
      const coordinates = feature?.geometry?.type === 'Point' ? (feature.geometry.coordinates as number[]) : null;
      if (!coordinates || !finite(Number(coordinates[0]), Number(coordinates[1]))) continue;
      const p = feature.properties ?? {};
      const label = text(p.display_name) || photonLabel(p);
      if (!label) continue;
      const extent = (Array.isArray(p.extent) ? p.extent : null) as number[] | null; // Photon: [west, north, east, south]
      const bounds =
        extent && extent.length === 4 && finite(...extent.map(Number))
          ? ([
              Math.min(extent[0], extent[2]),
              Math.min(extent[1], extent[3]),
              Math.max(extent[0], extent[2]),
              Math.max(extent[1], extent[3]),
            ] as Place['bounds'])
          : undefined;
      places.push({ label, center: [Number(coordinates[0]), Number(coordinates[1])], bounds });
    }
  } else if (Array.isArray(json)) {
    for (const item of json as Record<string, unknown>[]) {
      const [lat, lon] = [Number(item?.lat), Number(item?.lon)];
      const label = text(item?.display_name);
      if (!finite(lat, lon) || !label) continue;
      const box = Array.isArray(item.boundingbox) ? item.boundingbox.map(Number) : null; // [south, north, west, east]
      const bounds = box && box.length === 4 && finite(...box) ? ([box[2], box[0], box[3], box[1]] as Place['bounds']) : undefined;
      places.push({ label, center: [lon, lat], bounds });
    }
  }
  return places.slice(0, limit);
}
