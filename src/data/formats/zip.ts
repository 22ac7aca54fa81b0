import { nothingToRead, openZip } from './unzip.js';

/**
 * What a zip holds: shapefiles (a `.shp`, read by shapefile.ts) or a KMZ (a `.kml`, read by kml.ts). Lists the
 * entries (unzip.ts) without unpacking them. Bytes that are no zip, and a zip with neither, are a `DataError`
 * (the latter names what the zip holds).
 */
export async function zipFormat(bytes: Uint8Array): Promise<'shapefile' | 'kmz'> {
  const zip = openZip(bytes);
  if (zip.files.some((entry) => /\.shp$/i.test(entry.name))) return 'shapefile';
  if (zip.files.some((entry) => /\.kml$/i.test(entry.name))) return 'kmz';
  throw nothingToRead(zip);
}
