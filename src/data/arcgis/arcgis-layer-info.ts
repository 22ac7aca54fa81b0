import { DataError, quote, quoted, type Reason } from '../data-error.js';
import { throwIfArcgisError } from './arcgis-error.js';

/**
 * What a layer of an ArcGIS REST Feature Service (or Map Service) says about itself (`…/FeatureServer/0?f=json`),
 * reduced to what reading its features needs. Pure: no DOM.
 *
 * ```ts
 * const info = readLayerInfo(await (await fetch(`${layer}?f=json`)).json());
 * info.maxRecordCount   // 10: features per page the server sends at most
 * info.attribution      // 'Stadtwerke Konstanz': the layer's copyrightText, plain text
 * ```
 *
 * - An ArcGIS error answer throws its DataError (`arcgis-error`, see arcgis-error.ts).
 * - A service root (`…/FeatureServer`, with a `layers` list) throws `data-invalid` naming its layers; a table
 *   (no geometry) and anything else without a geometry type throw `data-invalid` too.
 * - `pagination`: whether `resultOffset`/`resultRecordCount` work (`advancedQueryCapabilities.supportsPagination`;
 *   servers from before 10.3 do not say so and cannot page).
 * - `geojson`: whether `f=geojson` is among the `supportedQueryFormats` (else the reader asks `f=json` and
 *   converts the answer).
 */

export interface ArcgisLayerInfo {
  /** The layer's name, as text. */
  name?: string;
  /** `esriGeometryPoint`, `esriGeometryPolygon` … */
  geometryType: string;
  /** Features one answer holds at most (1000 when the layer does not say). */
  maxRecordCount: number;
  /** The layer's copyright text, plain text (untrusted: shown only as text); undefined when empty. */
  attribution?: string;
  pagination: boolean;
  geojson: boolean;
  /** The field with the features' object ids (`OBJECTID`), when the layer names it. */
  objectIdField?: string;
}

/** `maxRecordCount` when a layer does not give one (ArcGIS Server's default). */
const DEFAULT_MAX_RECORD_COUNT = 1000;

export function readLayerInfo(body: unknown): ArcgisLayerInfo {
  throwIfArcgisError(body);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new DataError('data-invalid', 'arcgis.not-layer');
  const layer = body as Record<string, unknown>;
  const geometryType = typeof layer.geometryType === 'string' && layer.geometryType ? layer.geometryType : undefined;
  if (!geometryType) {
    if (Array.isArray(layer.layers) && layer.layers.length) throw new DataError('data-invalid', 'arcgis.service-not-layer', { layers: layerList(layer.layers) });
    if (layer.type === 'Table') throw new DataError('data-invalid', 'arcgis.table', { name: quoted(layer.name ?? '', 60) });
    throw new DataError('data-invalid', 'arcgis.not-layer');
  }
  const advanced = layer.advancedQueryCapabilities as { supportsPagination?: unknown } | undefined;
  const formats = typeof layer.supportedQueryFormats === 'string' ? layer.supportedQueryFormats.toLowerCase().split(/\s*,\s*/) : [];
  const maxRecordCount = Number(layer.maxRecordCount);
  return {
    name: typeof layer.name === 'string' && layer.name.trim() ? layer.name.trim() : undefined,
    geometryType,
    maxRecordCount: Number.isInteger(maxRecordCount) && maxRecordCount > 0 ? maxRecordCount : DEFAULT_MAX_RECORD_COUNT,
    attribution: plainText(layer.copyrightText),
    pagination: advanced?.supportsPagination === true || layer.supportsPagination === true,
    geojson: formats.includes('geojson'),
    objectIdField: typeof layer.objectIdField === 'string' && layer.objectIdField ? layer.objectIdField : undefined,
  };
}

/** The layers of a service root, as `0 „WLAN“` (at most 10). */
function layerList(layers: unknown[]): (Reason | string)[] {
  const named = layers
    .filter((entry): entry is { id?: unknown; name?: unknown } => typeof entry === 'object' && entry !== null)
    .slice(0, 10)
    .map((entry) => ({ key: 'arcgis.layer-entry', params: { id: quote(entry.id ?? '?', 6), name: quoted(entry.name ?? '', 60) } }) as Reason);
  return named.length < layers.length ? [...named, '…'] : named;
}

/** A copyright text as one line of plain text (at most 300 characters), or undefined when there is none. */
function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = quote(value, 300);
  return text || undefined;
}
