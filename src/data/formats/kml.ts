import type { Feature, Geometry } from 'geojson';
import { DataError, quote } from '../data-error.js';
import { decodeText } from '../text-encoding.js';
import { encodingNotice, type FormatOptions, type FormatRead } from './format-read.js';
import { nothingToRead, openZip, type ZipEntry } from './unzip.js';
import { htmlText, parseXmlDocument } from './xml-document.js';

/**
 * Reads KML (Google My Maps, Google Earth, GDAL, QGIS) and KMZ (a zip holding `doc.kml`). Imported only for
 * such a file (load-data.ts); it imports @tmcw/togeojson (and fflate for a KMZ) only then.
 *
 * - The XML is parsed by the browser (xml-document.ts): an HTML page, text that is no XML or not well-formed
 *   XML (with the line), or another root element than `<kml>` is a `DataError`.
 * - Features are togeojson's, from every Placemark in any Folder (folders are not layers; `sourceLayer` is not
 *   used). Positions are WGS84 longitude/latitude by definition of KML: no `crs`.
 * - Properties: `name`, `description`, ExtendedData (`Data`/`value` and `SchemaData`/`SimpleData`, typed by
 *   the Schema) and timestamps, as the data layers show them: a description written in HTML (`<![CDATA[…]]>`
 *   or escaped) becomes its text (xml-document.ts's `htmlText`: markup never reaches the page, and no link
 *   or image is made from it); a time span becomes "begin – end". togeojson's styling and bookkeeping
 *   properties (styleUrl, stroke, fill, icon …, visibility) are left out: the layer's own style draws the
 *   features, and they are no information for a reader.
 * - Ground overlays (images) are left out; a file with nothing but NetworkLinks (references to other KML
 *   files) is a `DataError` that names the first link, whose address is the one to use.
 * - KMZ: `doc.kml` at the top of the zip, else the `.kml` least deep in folders; only that entry is unpacked
 *   (unzip.ts, which refuses bytes that are no zip and entries too large to unpack). Decoded like any text
 *   file (text-encoding.ts: an XML declaration's encoding, else UTF-8, else Windows-1252 with a notice).
 */
export async function readKml(text: string, _options: FormatOptions = {}): Promise<FormatRead> {
  const doc = parseXmlDocument(text, 'KML');
  const { kml } = await import('@tmcw/togeojson');
  const collection = kml(doc);
  const features: Feature<Geometry | null>[] = [];
  let link: string | undefined;
  for (const feature of collection.features) {
    const kind = feature.properties?.['@geometry-type'];
    if (kind === 'networklink') link ??= networkLinkHref(feature);
    if (kind === 'networklink' || kind === 'groundoverlay') continue;
    features.push({ ...feature, properties: readableProperties(feature.properties ?? {}) });
  }
  if (!features.length && link !== undefined) throw new DataError('data-invalid', 'kml.network-links', { href: quote(link, 80) });
  return { features };
}

export async function readKmz(bytes: Uint8Array, options: FormatOptions = {}): Promise<FormatRead> {
  const zip = openZip(bytes, 'KMZ');
  const kmls = zip.files.filter((entry) => /\.kml$/i.test(entry.name));
  const depth = (entry: ZipEntry) => entry.name.split('/').length;
  const entry = kmls.find((candidate) => candidate.name.toLowerCase() === 'doc.kml') ?? [...kmls].sort((a, b) => depth(a) - depth(b))[0];
  if (entry === undefined) throw nothingToRead(zip);
  const [doc] = await zip.read([entry]);
  const decoded = decodeText(doc, { encoding: options.encoding });
  const read = await readKml(decoded.text, options);
  return { ...read, notices: [...(decoded.fallback ? [encodingNotice()] : []), ...(read.notices ?? [])] };
}

/** togeojson's properties for drawing a feature as Google Earth would, and its bookkeeping. */
const STYLING = /^(styleUrl|styleHash|styleMapHash|stroke(-.*)?|fill(-.*)?|icon(-.*)?|label-.*|visibility|open|@geometry-type)$/;

/** A feature's properties as a reader should see them (see the module's comment). */
function readableProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  for (const [key, value] of Object.entries(properties)) {
    if (STYLING.test(key)) continue;
    if (key === 'description') entries.push([key, descriptionText(value)]);
    else if (key === 'timespan' && typeof value === 'object' && value !== null) entries.push([key, timeSpan(value as { begin?: string; end?: string })]);
    else entries.push([key, value]);
  }
  return Object.fromEntries(entries);
}

/** `{ "@type": "html", value }` (a CDATA description) or a string that holds markup: its text. */
function descriptionText(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && (value as { '@type'?: unknown })['@type'] === 'html') {
    return htmlText(String((value as { value?: unknown }).value ?? ''));
  }
  if (typeof value === 'string' && /<[a-z!/][^>]*>/i.test(value)) return htmlText(value);
  return value;
}

function timeSpan({ begin, end }: { begin?: string; end?: string }): string {
  return [begin, end].filter(Boolean).join(' – ');
}

function networkLinkHref(feature: Feature<Geometry | null>): string {
  const href = feature.properties?.href;
  return typeof href === 'string' ? href : '';
}
