/**
 * A WMS as a basemap: its capabilities are read once (with `<kn-wms-layer>`'s own chunk, layers/wms/) to check that
 * the layers exist and are offered in EPSG:3857, then GetMap is asked per 256 px tile (`{bbox-epsg-3857}`), opaque.
 * A lazy chunk: only maps on a WMS basemap load it. What goes wrong ends as a `RasterBasemapError` whose reason the
 * map shows, in the server's own words where it sent some (basemap-loader.ts falls back to the offline basemap).
 */
import { queryParam } from '../../data/query-param.js';
import { DataFetchError } from '../../data/fetch-data.js';
import type { MessageParams } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/lang.js';
import { wmsCredit } from '../../layers/wms/wms-plan.js';
import { isServiceException, loadCapabilities } from '../../layers/wms/wms-service.js';
import { WmsNotCapabilitiesError } from '../../layers/wms/wms-capabilities.js';
import { capabilitiesUrl, tileTemplate } from '../../layers/wms/wms-url.js';
import { t, type RasterReason } from './raster-basemap.messages.js';
import type { RasterSpec } from './registry.js';

export class RasterBasemapError extends Error {
  constructor(
    readonly reason: RasterReason,
    readonly params: MessageParams = {},
  ) {
    super(reason);
  }
}

export const reasonText = (lang: Lang, error: RasterBasemapError): string => t(lang, error.reason, error.params);

const quoted = (names: string[]) => names.map((name) => `„${name}“`).join(', ');

/** The GetMap tile template and the credit (HTML of text and links) of a WMS basemap, after checking its capabilities. */
export async function wmsTiles(spec: RasterSpec, base: string, timeoutMs: number): Promise<{ tiles: string; credit?: string }> {
  const capsUrl = capabilitiesUrl(spec.url, base);
  let capabilities;
  try {
    capabilities = await loadCapabilities(capsUrl, timeoutMs);
  } catch (error) {
    if (isServiceException(error)) throw new RasterBasemapError('service-exception', { reason: error.reason });
    if (error instanceof WmsNotCapabilitiesError) throw new RasterBasemapError('not-capabilities', { url: capsUrl });
    if (error instanceof DataFetchError && error.code === 'data-http') throw new RasterBasemapError('http', { status: error.status ?? '' });
    if (error instanceof DataFetchError && error.code === 'data-timeout') throw new RasterBasemapError('timeout');
    throw new RasterBasemapError('network');
  }
  const names = capabilities.layers.map((layer) => layer.name);
  const available = names.length > 20 ? `${names.slice(0, 20).join(', ')}, …` : names.join(', ') || '–';
  if (!spec.layers.length) throw new RasterBasemapError('layers-missing', { available });
  const byName = new Map(capabilities.layers.map((layer) => [layer.name, layer]));
  const unknown = spec.layers.filter((name) => !byName.has(name));
  if (unknown.length) throw new RasterBasemapError('layer-unknown', { unknown: quoted(unknown), available });
  const layers = spec.layers.map((name) => byName.get(name)!);
  const without3857 = layers.filter((layer) => !layer.crs.includes('EPSG:3857'));
  if (without3857.length) {
    const offered = [...new Set(without3857.flatMap((layer) => layer.crs))].join(', ') || '–';
    throw new RasterBasemapError('crs-unsupported', { names: quoted(without3857.map((layer) => layer.name)), offered });
  }
  const asked = queryParam(new URL(spec.url, base), 'format')?.toLowerCase();
  const format = asked === 'image/jpeg' || asked === 'image/jpg' ? 'image/jpeg' : 'image/png';
  const tiles = tileTemplate(spec.url, base, { version: capabilities.version, layers: spec.layers, styles: spec.layers.map(() => ''), format, transparent: false });
  const credit = wmsCredit(layers);
  return { tiles, ...(credit ? { credit } : {}) };
}
