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
  openfreemap: {
    provider: 'OpenFreeMap',
    homepage: 'https://openfreemap.org/',
    styleUrl: 'https://tiles.openfreemap.org/styles/liberty',
  },
};

export const BASEMAP_NAMES: readonly string[] = [DEFAULT_BASEMAP, ...Object.keys(NAMED)];

/** A `.pmtiles` file (a query or fragment may follow), or a `pmtiles://` address as maplibre pages write them. */
const isPmtiles = (value: string) => /^pmtiles:\/\//i.test(value) || /\.pmtiles([?#]|$)/i.test(value);

const looksLikeUrl = (value: string) => /^(https?:)?\/\//i.test(value) || /^\.{0,2}\//.test(value) || /\.json(\?|$)/i.test(value);

/** Resolves the `basemap` attribute; null when it names nothing known and is not a style URL. */
export function resolveBasemap(value: string | undefined, baseUrl: string): Basemap | null {
  const name = (value ?? '').trim() || DEFAULT_BASEMAP;
  if (name === DEFAULT_BASEMAP) return { kind: 'offline', name: DEFAULT_BASEMAP };
  const named = Object.hasOwn(NAMED, name) ? NAMED[name] : undefined; // `basemap="constructor"` is no basemap
  if (named) return { kind: 'external', name, displayName: named.provider, ...named };
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
  return { kind: 'external', name, provider: url.host, displayName: name, homepage: url.origin, styleUrl: url.href };
}
