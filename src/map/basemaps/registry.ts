import { queryParam } from '../../data/query-param.js';

/** The basemaps a page can name in `basemap`. Only `konstanz` is offline; the others are requested
 *  from their providers, which happens only when a page asks for them. */
export interface ExternalBasemap {
  kind: 'external';
  /** What the page wrote: a known name or a style URL. */
  name: string;
  /** The provider as users know it, for consent: the known name, or the host of a style URL. */
  provider: string;
  /** How messages name it: the provider of a known basemap, or the URL as the page wrote it. */
  displayName: string;
  /** Where people learn about the provider (for the consent card). */
  homepage: string;
  styleUrl: string;
  /** Set for a raster basemap (an XYZ/WMTS tile template or a WMS): drawn from its images, not from a style file. */
  raster?: RasterSpec;
}

/** A raster basemap: the images of a tile server (`{z}/{x}/{y}`) or of a WMS asked per tile in EPSG:3857. */
export interface RasterSpec {
  service: 'xyz' | 'wms';
  /** The tile template (`xyz`) or the WMS's address (`wms`), absolute. */
  url: string;
  /** The WMS layers to draw (from `basemap-layers`, else `LAYERS=` in the address). */
  layers: string[];
  /** The credit line as text (from `basemap-attribution`, or the named basemap's). */
  attribution?: string;
  maxzoom?: number;
}

/** What a raster basemap takes from attributes beside `basemap`: `basemap-layers` and `basemap-attribution`. */
export interface RasterOptions {
  layers?: string;
  attribution?: string;
}

export interface OfflineBasemap {
  kind: 'offline';
  name: 'konstanz';
}

/**
 * A street basemap the site hosts itself: one PMTiles archive of OpenStreetMap data in the Protomaps basemap
 * schema, read with HTTP range requests and drawn with the `@protomaps/basemaps` style (osm-style.ts).
 */
export interface PmtilesBasemap {
  kind: 'pmtiles';
  /** What the page wrote. */
  name: string;
  /** How messages name it: the URL as the page wrote it. */
  displayName: string;
  /** The archive's absolute URL. */
  url: string;
}

export type Basemap = ExternalBasemap | OfflineBasemap | PmtilesBasemap;

export const DEFAULT_BASEMAP = 'konstanz';

/** Whether `basemap-flavor` asks for the grey variant of a street basemap (`grau`, `grey` or `gray`). */
export const isGreyFlavor = (flavor: string | undefined): boolean => /^(grau|grey|gray)$/i.test(flavor?.trim() ?? '');

/** basemap.de Web Raster (BKG) in web-mercator, colour or grey: a WMTS whose REST tiles are addressed row before column. */
function namedRaster(variant: 'farbe' | 'grau'): Omit<ExternalBasemap, 'kind' | 'name' | 'displayName'> {
  const url = `https://sgx.geodatenzentrum.de/wmts_basemapde/tile/1.0.0/de_basemapde_web_raster_${variant}/default/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png`;
  return {
    provider: variant === 'farbe' ? 'basemap.de Web Raster' : 'basemap.de Web Raster (grau)',
    homepage: 'https://basemap.de/',
    styleUrl: url,
    raster: { service: 'xyz', url, layers: [], attribution: `© GeoBasis-DE / BKG (${new Date().getFullYear()}) CC BY 4.0`, maxzoom: 18 },
  };
}

const NAMED: Record<string, Omit<ExternalBasemap, 'kind' | 'name' | 'displayName'>> = {
  'basemap-de': {
    provider: 'basemap.de',
    homepage: 'https://basemap.de/',
    styleUrl: 'https://sgx.geodatenzentrum.de/gdz_basemapde_vektor/styles/bm_web_col.json',
  },
  'basemap-de-grau': {
    provider: 'basemap.de (grau)',
    homepage: 'https://basemap.de/',
    styleUrl: 'https://sgx.geodatenzentrum.de/gdz_basemapde_vektor/styles/bm_web_gry.json',
  },
  'basemap-de-raster': namedRaster('farbe'),
  'basemap-de-raster-grau': namedRaster('grau'),
  openfreemap: {
    provider: 'OpenFreeMap',
    homepage: 'https://openfreemap.org/',
    styleUrl: 'https://tiles.openfreemap.org/styles/liberty',
  },
};

export const BASEMAP_NAMES: readonly string[] = [DEFAULT_BASEMAP, ...Object.keys(NAMED)];

/** A name without case, separators or the English word for grey: "Basemap.de" and "basemap de grey" read alike. */
const squashed = (name: string) => name.toLowerCase().replace(/gr[ae]y/g, 'grau').replace(/[^a-z0-9]/g, '');

/**
 * The basemap's name a value that names none was meant to be ("basemapde", "basemap.de", "Basemap DE grey"), or
 * undefined: the one name that reads the same without case, spaces, dots and hyphens.
 */
export function meantBasemap(value: string): string | undefined {
  const target = squashed(value);
  return target ? BASEMAP_NAMES.find((name) => squashed(name) === target) : undefined;
}

/** A `.pmtiles` file (a query or fragment may follow), or a `pmtiles://` address as maplibre pages write them. */
const isPmtiles = (value: string) => /^pmtiles:\/\//i.test(value) || /\.pmtiles([?#]|$)/i.test(value);

const looksLikeUrl = (value: string) => /^(https?:)?\/\//i.test(value) || /^\.{0,2}\//.test(value) || /\.json(\?|$)/i.test(value);

/** A tile template: `{z}`, `{x}` and `{y}` (or `{-y}`, rows counted from the south) in it. */
const isTemplate = (value: string) => /\{z\}/.test(value) && /\{x\}/.test(value) && /\{-?y\}/.test(value);

/** A WMS's address: `SERVICE=WMS` in its query. */
const isWms = (value: string) => queryParam(value, 'service')?.toUpperCase() === 'WMS';

const names = (list: string | undefined) => (list ?? '').split(',').map((name) => name.trim()).filter(Boolean);

/**
 * Resolves the `basemap` attribute; null when it names nothing known and is not a style URL. `options` (the
 * `basemap-layers` and `basemap-attribution` attributes) make a raster basemap of a WMS address or tile template.
 */
export function resolveBasemap(value: string | undefined, baseUrl: string, options: RasterOptions = {}): Basemap | null {
  const name = (value ?? '').trim() || DEFAULT_BASEMAP;
  // A name in any case, as HTML's own keyword values (`type="TEXT"`); addresses keep theirs.
  const key = name.toLowerCase();
  if (key === DEFAULT_BASEMAP) return { kind: 'offline', name: DEFAULT_BASEMAP };
  const named = Object.hasOwn(NAMED, key) ? NAMED[key] : undefined; // `basemap="constructor"` is no basemap
  const attribution = options.attribution?.trim() || undefined;
  if (named?.raster && attribution) return { kind: 'external', name: key, displayName: named.provider, ...named, raster: { ...named.raster, attribution } };
  if (named) return { kind: 'external', name: key, displayName: named.provider, ...named };
  const pmtiles = isPmtiles(name);
  if (!looksLikeUrl(name) && !pmtiles) return null;
  let url: URL;
  try {
    url = new URL(name.replace(/^pmtiles:\/\//i, ''), baseUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (pmtiles) {
    url.hash = '';
    return { kind: 'pmtiles', name, displayName: name, url: url.href };
  }
  const external = { kind: 'external' as const, name, provider: url.host, displayName: name, homepage: url.origin };
  if (isTemplate(name)) {
    // Braces in the path come back percent-encoded from URL: maplibre needs them as they were.
    const template = url.href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
    return { ...external, styleUrl: template, raster: { service: 'xyz', url: template, layers: [], ...(attribution ? { attribution } : {}) } };
  }
  const layers = names(options.layers);
  if (isWms(name) || (layers.length && !/\.json(\?|$)/i.test(url.pathname + url.search))) {
    const inUrl = queryParam(url, 'layers');
    url.hash = '';
    return { ...external, styleUrl: url.href, raster: { service: 'wms', url: url.href, layers: layers.length ? layers : names(inUrl), ...(attribution ? { attribution } : {}) } };
  }
  return { ...external, styleUrl: url.href };
}
