import type { FeatureCollection } from 'geojson';
import { assetUrl } from '../assets-url.js';

const reads = new Map<string, Promise<FeatureCollection>>();

/**
 * A GeoJSON file of the bundled assets (`src/assets/data/…`, served beside the library like the offline basemap),
 * read once per page however many parts ask (the search's place names, the district under the map's centre). A
 * read that fails is forgotten, so the next ask tries again.
 */
export function bundledGeoJson(file: string): Promise<FeatureCollection> {
  let read = reads.get(file);
  if (!read) {
    read = fetch(assetUrl(`data/${file}`)).then((response) =>
      response.ok ? (response.json() as Promise<FeatureCollection>) : Promise.reject(new Error(`HTTP ${response.status}`)),
    );
    reads.set(file, read);
    read.catch(() => reads.delete(file));
  }
  return read;
}
