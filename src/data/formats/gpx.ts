import type { Feature } from 'geojson';
import type { FormatOptions, FormatRead } from './format-read.js';
import { parseXmlDocument } from './xml-document.js';

/**
 * Reads GPX (tracks from GPS devices and apps, routes, waypoints; GDAL writes it too). Imported only for such a
 * file (load-data.ts); it imports @tmcw/togeojson only then.
 *
 * - The XML is parsed by the browser (xml-document.ts): an HTML page, text that is no XML or not well-formed
 *   XML (with the line), or another root element than `<gpx>` is a `DataError`.
 * - Waypoints become points, tracks and routes lines (a track of several segments a MultiLineString), with
 *   their `name`, `desc`, `cmt`, `type`, `time`, `sym`. Positions are WGS84 by definition of GPX: no `crs`.
 * - Extension values (`<extensions>` in a namespace the file declares) keep their name without the namespace's
 *   prefix (GDAL's `<ogr:status>` becomes `status`, as in the data it was made from) unless that name is taken.
 * - Left out as no information for a reader: the per-point lists of times, heart rates … of a track
 *   (`coordinateProperties`) and togeojson's `_gpxType`; a waypoint's links become `link` (the first address),
 *   which the details show as a link when it is http(s).
 */
export async function readGpx(text: string, _options: FormatOptions = {}): Promise<FormatRead> {
  const doc = parseXmlDocument(text, 'GPX');
  const { gpx } = await import('@tmcw/togeojson');
  const prefixes = [...doc.documentElement.attributes].filter((attr) => attr.name.startsWith('xmlns:')).map((attr) => `${attr.name.slice(6)}_`);
  const features: Feature[] = gpx(doc).features.map((feature) => ({ ...feature, properties: readableProperties(feature.properties ?? {}, prefixes) }));
  return { features };
}

function readableProperties(properties: Record<string, unknown>, prefixes: readonly string[]): Record<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'coordinateProperties' || key === '_gpxType') continue;
    if (key === 'links') {
      const href = Array.isArray(value) ? (value as { href?: unknown }[]).find((link) => typeof link?.href === 'string')?.href : undefined;
      if (href !== undefined) entries.set('link', href);
      continue;
    }
    const prefix = prefixes.find((candidate) => key.startsWith(candidate) && key.length > candidate.length);
    const bare = prefix ? key.slice(prefix.length) : key;
    entries.set(prefix && !Object.hasOwn(properties, bare) && !entries.has(bare) ? bare : key, value);
  }
  return Object.fromEntries(entries);
}
