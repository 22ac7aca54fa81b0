/**
 * The requests `<kn-wms-layer>` sends a WMS, as addresses: GetCapabilities, GetMap as a MapLibre tile template,
 * GetFeatureInfo, GetLegendGraphic; and the arithmetic between the map's zoom and a WMS's scale. Pure functions.
 */

/** The parameters a request sets; any of them already in `src` (in any case) is replaced, all others are kept. */
const OWN_PARAMS = new Set([
  'service',
  'request',
  'version',
  'layers',
  'styles',
  'format',
  'transparent',
  'crs',
  'srs',
  'bbox',
  'width',
  'height',
  'time',
  'query_layers',
  'info_format',
  'feature_count',
  'i',
  'j',
  'x',
  'y',
  'layer',
  'style',
  'sld_version',
  'exceptions',
]);

/** Half the earth's circumference in EPSG:3857 metres. */
const HALF = Math.PI * 6378137;
/**
 * The scale denominator of MapLibre's zoom 0 as a WMS computes it: 512 CSS pixels span the earth in EPSG:3857
 * metres, at the standard 0.28 mm pixel (WMS 1.3.0, 7.2.4.6.9). No correction for latitude: neither does a server.
 */
const SCALE_AT_ZOOM_0 = (2 * HALF) / 512 / 0.00028;

/** `src` (resolved against `base`) with the request's parameters; `raw` is appended as it is (a `{bbox-epsg-3857}`). */
export function wmsUrl(src: string, base: string, params: Record<string, string | undefined>, raw = ''): string {
  const url = new URL(src.trim(), base);
  const kept = [...url.searchParams].filter(([key]) => !OWN_PARAMS.has(key.toLowerCase()));
  const own = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const query = [...kept, ...own].map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  if (raw) query.push(raw);
  url.search = '';
  url.hash = '';
  return `${url.href}?${query.join('&')}`;
}

export interface MapRequest {
  version: string;
  layers: string[];
  styles: string[];
  format: string;
  transparent: boolean;
  time?: string;
}

const crsKey = (version: string) => (version === '1.3.0' ? 'CRS' : 'SRS');

/** GetMap for MapLibre's raster tiles: 256 × 256 pixels of EPSG:3857 per tile. (3857 has no swapped axes, even in 1.3.0.) */
export function tileTemplate(src: string, base: string, request: MapRequest): string {
  return wmsUrl(src, base, { ...mapParams('GetMap', request), WIDTH: '256', HEIGHT: '256', TIME: request.time || undefined }, 'BBOX={bbox-epsg-3857}');
}

/** What GetMap and GetFeatureInfo both say about the map they draw: layers, styles, format, transparency, CRS. */
function mapParams(operation: 'GetMap' | 'GetFeatureInfo', request: MapRequest): Record<string, string> {
  return {
    SERVICE: 'WMS',
    REQUEST: operation,
    VERSION: request.version,
    LAYERS: request.layers.join(','),
    STYLES: request.styles.join(','),
    FORMAT: request.format,
    TRANSPARENT: request.transparent ? 'TRUE' : 'FALSE',
    [crsKey(request.version)]: 'EPSG:3857',
  };
}

/** A tile's bounding box in EPSG:3857 metres, `minx,miny,maxx,maxy`, as MapLibre fills `{bbox-epsg-3857}`. */
export function tileBbox(z: number, x: number, y: number): string {
  const size = (2 * HALF) / 2 ** z;
  return [x * size - HALF, HALF - (y + 1) * size, (x + 1) * size - HALF, HALF - y * size].join(',');
}

/** A point in WGS84 as EPSG:3857 metres. */
export function toMercator([lng, lat]: [number, number]): [number, number] {
  const clamped = Math.max(-85.0511287798, Math.min(85.0511287798, lat));
  return [(lng * HALF) / 180, 6378137 * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))];
}

/** Pixels on each side of the point asked about: a 101 × 101 picture around it. */
const INFO_RADIUS = 50;

/**
 * GetFeatureInfo about the point `lngLat` at the map's `zoom`: a picture of 101 × 101 pixels centred on it, at the
 * resolution the map shows, so that the server sees what the visitor saw (point symbols, scale limits).
 */
export function featureInfoUrl(
  src: string,
  base: string,
  request: MapRequest & { queryLayers: string[]; infoFormat: string },
  lngLat: [number, number],
  zoom: number,
): string {
  const [x, y] = toMercator(lngLat);
  const half = (((2 * HALF) / 512 / 2 ** zoom) * (INFO_RADIUS + 0.5));
  const size = String(2 * INFO_RADIUS + 1);
  const pixel = String(INFO_RADIUS);
  const v13 = request.version === '1.3.0';
  return wmsUrl(src, base, {
    ...mapParams('GetFeatureInfo', request),
    BBOX: [x - half, y - half, x + half, y + half].join(','),
    WIDTH: size,
    HEIGHT: size,
    QUERY_LAYERS: request.queryLayers.join(','),
    INFO_FORMAT: request.infoFormat,
    FEATURE_COUNT: '10',
    [v13 ? 'I' : 'X']: pixel,
    [v13 ? 'J' : 'Y']: pixel,
    TIME: request.time || undefined,
  });
}

/** GetLegendGraphic for one layer, as a PNG, for a server whose capabilities name no LegendURL. */
export function legendGraphicUrl(src: string, base: string, version: string, layer: string, style: string): string {
  return wmsUrl(src, base, {
    SERVICE: 'WMS',
    REQUEST: 'GetLegendGraphic',
    VERSION: version,
    LAYER: layer,
    STYLE: style || undefined,
    FORMAT: 'image/png',
    ...(version === '1.3.0' ? { SLD_VERSION: '1.1.0' } : {}),
  });
}

/** GetCapabilities; `version` unset asks for 1.3.0, which servers answer with the highest version they have up to it. */
export function capabilitiesUrl(src: string, base: string, version?: string): string {
  return wmsUrl(src, base, { SERVICE: 'WMS', REQUEST: 'GetCapabilities', VERSION: version || '1.3.0' });
}

/** The map's zoom at which a WMS computes this scale denominator (fractional). */
export function scaleToZoom(scale: number): number {
  return Math.log2(SCALE_AT_ZOOM_0 / scale);
}

const INFO_KINDS: ((format: string) => boolean)[] = [
  (f) => f === 'application/geo+json' || f === 'application/json' || f === 'application/vnd.geo+json' || f === 'geojson',
  (f) => f.startsWith('application/vnd.ogc.gml') || f.startsWith('application/gml+xml') || f === 'text/xml' || f.startsWith('text/xml; subtype=gml'),
  (f) => f === 'text/plain',
];

/**
 * The formats GetFeatureInfo may be asked in, best first: GeoJSON, then GML, then plain text, of those the server
 * offers (a server may fail at one, e.g. MapServer's GeoJSON for several layers at once: the next is tried). Empty
 * when it offers none of them (HTML only: never shown).
 */
export function infoFormatsToTry(offered: readonly string[]): string[] {
  const formats = offered.map((format) => format.trim());
  return INFO_KINDS.flatMap((kind) => formats.filter((format) => kind(format.toLowerCase())));
}

/** The format GetFeatureInfo is asked in first (see `infoFormatsToTry`); undefined: it is not asked. */
export function chooseInfoFormat(offered: readonly string[]): string | undefined {
  return infoFormatsToTry(offered)[0];
}
