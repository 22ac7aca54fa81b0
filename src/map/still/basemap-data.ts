import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';

/**
 * The offline basemap's GeoJSON files, fetched once per page for the still picture, which draws them before MapLibre
 * is there. MapLibre's style is then given the data already read (`withLoadedData`), so its worker does not download
 * the same files again. A file that fails to load stays a URL in the style: MapLibre tries it and the map reports it
 * as before.
 */

const requests = new Map<string, Promise<FeatureCollection | null>>();
const loaded = new Map<string, FeatureCollection>();

/** The data of a GeoJSON file (null when it cannot be had), fetched once per URL. */
export function loadGeoJson(url: string): Promise<FeatureCollection | null> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<FeatureCollection>) : null))
      .then((data) => {
        if (data?.type === 'FeatureCollection' && Array.isArray(data.features)) {
          loaded.set(url, data);
          return data;
        }
        requests.delete(url); // asked again next time
        return null;
      })
      .catch(() => {
        requests.delete(url);
        return null;
      });
    requests.set(url, request);
  }
  return request;
}

/** The data of a file already read, if it is. */
export const loadedGeoJson = (url: string): FeatureCollection | undefined => loaded.get(url);

/** The URLs of a style's GeoJSON sources, by source id. */
export function geoJsonUrls(style: StyleSpecification): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [id, source] of Object.entries(style.sources)) if (source.type === 'geojson' && typeof source.data === 'string') urls[id] = source.data;
  return urls;
}

/** The style with the data of every GeoJSON file read already in place of its URL. */
export function withLoadedData(style: StyleSpecification): StyleSpecification {
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([id, source]) => {
      const data = source.type === 'geojson' && typeof source.data === 'string' ? loaded.get(source.data) : undefined;
      return [id, data ? { ...source, data } : source];
    }),
  );
  return { ...style, sources };
}
