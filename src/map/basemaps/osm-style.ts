import { layers as protomapsLayers, namedFlavor } from '@protomaps/basemaps';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang.js';
import type { MessageParams } from '../../i18n/catalogue.js';
import { archiveTileTemplate, forgetArchive, openArchive, registerPmtilesProtocol } from '../../layers/tiles/pmtiles-archives.js';
import { loadMaplibre } from '../load-maplibre.js';
import { KONSTANZ_DARK_PALETTE, KONSTANZ_PALETTE } from './konstanz-style.js';
import { DISTRICT_LABEL_ANCHORS } from './district-label-anchors.js';
import { t, type OsmReason } from './osm-basemap.messages.js';

/**
 * The self-hosted street basemap: a PMTiles archive of OpenStreetMap data in the Protomaps basemap schema, drawn
 * with the style of `@protomaps/basemaps` (BSD-3-Clause) in the map's theme and language, with the glyphs and
 * sprites of the package's assets folder, so that nothing is requested from another origin. A lazy chunk: only
 * maps on such a basemap load it (and `@protomaps/basemaps` with it).
 *
 * Before the style is used the archive is checked — it is there, it is a PMTiles file of vector tiles, its
 * server answers range requests, it has the schema's layers — and anything wrong ends as an `OsmArchiveError`
 * whose reason the map shows (basemap-loader.ts falls back to the offline basemap).
 */

export const OSM_SOURCE = 'basemap-osm';
export const OSM_LAYER_PREFIX = 'basemap-osm-';
/** The offline basemap's district names, over a street basemap whose data has no neighbourhood names. */
export const DISTRICT_NAMES_LAYER = 'basemap-district-labels';

/** The layers a Protomaps archive has and the style cannot do without. */
const REQUIRED_LAYERS = ['earth', 'water', 'roads', 'places'];

/** Why an archive cannot be used, as a translatable reason. */
export class OsmArchiveError extends Error {
  constructor(
    readonly reason: OsmReason,
    readonly params: MessageParams = {},
  ) {
    super(reason);
  }
}

/** The reason of an `OsmArchiveError` as text. */
export const reasonText = (lang: Lang, error: OsmArchiveError): string => t(lang, error.reason, error.params);

export interface OsmStyleOptions {
  lang: Lang;
  dark: boolean;
  /** The grey variant (for maps whose data should stand out). */
  grey: boolean;
  assetUrl: (path: string) => string;
  /** How long reading the archive's header and metadata may take. */
  timeoutMs: number;
}

/** What the map needs to know of the archive to check that it covers the view (basemap-loader.ts). */
export interface ArchiveCoverage {
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] */
  bounds: [number, number, number, number];
}

/** The flavour of `@protomaps/basemaps` for a theme: light, dark, and their grey variants. */
export function flavorName(dark: boolean, grey: boolean): 'light' | 'dark' | 'grayscale' | 'black' {
  if (grey) return dark ? 'black' : 'grayscale';
  return dark ? 'dark' : 'light';
}

/** Reads and checks the archive at `url` and returns its style, with its coverage in `metadata['kn:coverage']`. */
export async function osmStyle(url: string, options: OsmStyleOptions): Promise<StyleSpecification> {
  const { maplibre } = await loadMaplibre();
  registerPmtilesProtocol(maplibre);
  const archive = await openArchive(url);
  let header;
  let metadata: { vector_layers?: { id?: unknown }[]; attribution?: unknown };
  try {
    header = await withTimeout(archive.getHeader(), options.timeoutMs);
    metadata = ((await withTimeout(archive.getMetadata(), options.timeoutMs)) ?? {}) as typeof metadata;
  } catch (error) {
    forgetArchive(url); // asked again next time
    throw asArchiveError(error);
  }
  if (header.tileType !== 1 && header.tileType !== 6) throw new OsmArchiveError('not-vector');
  const ids = (Array.isArray(metadata.vector_layers) ? metadata.vector_layers : []).map((layer) => String(layer?.id ?? '')).filter(Boolean);
  if (!ids.length) throw new OsmArchiveError('no-layers');
  const missing = REQUIRED_LAYERS.filter((id) => !ids.includes(id));
  if (missing.length)
    throw new OsmArchiveError('other-schema', {
      missing: quoted(missing, options.lang),
      layers: quoted(ids, options.lang),
    });

  const coverage: ArchiveCoverage = {
    minZoom: header.minZoom,
    maxZoom: header.maxZoom,
    bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
  };
  const districtNames = await lacksNeighbourhoods(archive, coverage, options.timeoutMs);
  return buildStyle(url, coverage, typeof metadata.attribution === 'string' ? metadata.attribution : '', districtNames, options);
}

/** The style for an archive already checked (exported for tests and the benchmark's baseline page). */
export function buildStyle(
  url: string,
  coverage: ArchiveCoverage,
  archiveCredit: string,
  districtNames: boolean,
  options: Omit<OsmStyleOptions, 'timeoutMs'>,
): StyleSpecification {
  const { lang, dark, grey, assetUrl } = options;
  const name = flavorName(dark, grey);
  const osmCredit = `<a href="https://www.openstreetmap.org/copyright">${t(lang, 'credit')}</a>`;
  // The archive's own credit when it names more than OpenStreetMap (a Protomaps build names Protomaps and OSM).
  const credit = archiveCredit && !/openstreetmap/i.test(archiveCredit) ? `${osmCredit} · ${archiveCredit}` : archiveCredit || osmCredit;
  const layers = (
    protomapsLayers(OSM_SOURCE, namedFlavor(name), {
      lang,
    }) as unknown as LayerSpecification[]
  ).map(
    (layer) =>
      ({
        ...layer,
        id: `${OSM_LAYER_PREFIX}${layer.id}`,
      }) as LayerSpecification,
  );
  const sources: StyleSpecification['sources'] = {
    [OSM_SOURCE]: {
      type: 'vector',
      tiles: [archiveTileTemplate(url)],
      minzoom: coverage.minZoom,
      maxzoom: coverage.maxZoom,
      bounds: coverage.bounds,
      attribution: credit,
    },
  };
  if (districtNames) {
    sources[DISTRICT_NAMES_LAYER] = {
      type: 'geojson',
      data: assetUrl('data/stadtteile-labels.geojson'),
    };
    const palette = dark ? KONSTANZ_DARK_PALETTE : KONSTANZ_PALETTE;
    const overlay: LayerSpecification = {
      id: DISTRICT_NAMES_LAYER,
      type: 'symbol',
      source: DISTRICT_NAMES_LAYER,
      minzoom: 11,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': ['Noto Sans Medium'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 11, 11, 15, 15],
        'text-letter-spacing': 0.08,
        'text-transform': 'uppercase',
        'text-max-width': 7,
        'text-padding': 3,
        ...DISTRICT_LABEL_ANCHORS,
      },
      // The offline basemap's label colours, whose contrast is checked (≥ 4.5:1 against their halo).
      paint: {
        'text-color': palette.label,
        'text-halo-color': palette.city,
        'text-halo-width': 1.6,
        'text-halo-blur': 0.3,
      },
    };
    // Where the street map would put its own neighbourhood names: above roads, below towns.
    const at = layers.findIndex((layer) => layer.id === `${OSM_LAYER_PREFIX}places_subplace`);
    layers.splice(at < 0 ? layers.length : at, 0, overlay);
  }
  return {
    version: 8,
    name: 'OpenStreetMap (PMTiles, Protomaps)',
    metadata: { 'kn:coverage': coverage },
    // maplibre fills in {fontstack} and {range}; decodeURI keeps the braces that URL() escaped.
    glyphs: decodeURI(assetUrl('fonts/{fontstack}/{range}.pbf')),
    sprite: assetUrl(`sprites/v4/${name}`),
    sources,
    layers,
  };
}

/** The coverage of a style made here, if it is one. */
export const coverageOf = (style: StyleSpecification): ArchiveCoverage | undefined =>
  (style.metadata as { 'kn:coverage'?: ArchiveCoverage } | undefined)?.['kn:coverage'];

/** Konstanz's old town: where the archive is asked whether it names neighbourhoods. */
const KONSTANZ: [number, number] = [9.1757, 47.6597];

/**
 * Whether the archive has no neighbourhood names in Konstanz (then the offline basemap's district names are laid
 * over it): one tile at zoom 12 (or the nearest the archive has), looked through for the schema's neighbourhood
 * kinds. Tiles in the archive are decompressed MVT, whose string values are stored as UTF-8, so a match is a sound
 * test. Not knowing (the tile cannot be read) counts as none.
 */
async function lacksNeighbourhoods(archive: Awaited<ReturnType<typeof openArchive>>, coverage: ArchiveCoverage, timeoutMs: number): Promise<boolean> {
  const z = Math.min(Math.max(12, coverage.minZoom), coverage.maxZoom);
  const n = 2 ** z;
  const [lon, lat] = KONSTANZ;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  try {
    const tile = await withTimeout(archive.getZxy(z, x, y), timeoutMs);
    if (!tile) return true;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(tile.data);
    return !/neighbourhood|macrohood/.test(text);
  } catch {
    return true;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OsmArchiveError('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** What `pmtiles` threw, as a reason a person can act on. */
function asArchiveError(error: unknown): OsmArchiveError {
  if (error instanceof OsmArchiveError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const status = /Bad response code: (\d+)/.exec(message);
  if (status) return new OsmArchiveError(status[1] === '404' || status[1] === '410' ? 'not-found' : 'http', { status: status[1] });
  if (/magic number|spec version/i.test(message)) return new OsmArchiveError('not-pmtiles');
  if (/Byte Serving|content-length|416/i.test(message)) return new OsmArchiveError('no-range');
  // A header too short to read is not a PMTiles file either.
  if (error instanceof RangeError) return new OsmArchiveError('not-pmtiles');
  return new OsmArchiveError('network');
}

function quoted(names: string[], lang: Lang): string {
  if (!names.length) return t(lang, 'layer-none');
  return names.map((name) => (lang === 'de' ? `„${name}“` : `“${name}”`)).join(', ');
}
