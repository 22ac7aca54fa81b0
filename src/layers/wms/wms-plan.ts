/**
 * What `<kn-wms-layer>` makes of a service's capabilities and its own attributes: the tile address, the zoom range,
 * the credit line, the legend pictures, which layers GetFeatureInfo asks — or the one problem that stops it (an
 * unknown layer, a missing CRS). Pure: no DOM, no network.
 */
import type { Feature } from 'geojson';
import type { KnErrorCode } from '../../events/kn-error-event.js';
import type { Lang } from '../../i18n/lang.js';
import type { DescribedField } from '../../registry/layer-description.js';
import { escapeHtml } from '../../text/credit-html.js';
import { httpHref } from '../../text/safe-url.js';
import type { FeatureInfo, WmsCapabilities, WmsLayerInfo } from './wms-capabilities.js';
import { infoFormatsToTry, legendGraphicUrl, scaleToZoom, tileTemplate, type MapRequest } from './wms-url.js';
import { t } from './wms.messages.js';

export interface WmsPlan {
  src: string;
  /** The titles of the layers shown, joined: the layer's default name. */
  title: string;
  /** The GetMap tile template (`{bbox-epsg-3857}`). */
  tiles: string;
  request: MapRequest;
  /** The layers shown that answer GetFeatureInfo. */
  queryLayers: string[];
  /** The formats GetFeatureInfo is asked in, best first (the next when the server fails at one); empty: it is not asked. */
  infoFormats: string[];
  minzoom: number;
  maxzoom: number;
  /** The credit line as HTML that is only text (and http(s) links). */
  credit?: string;
  legendImages: { src: string; alt: string }[];
}

export interface PlanProblem {
  code: KnErrorCode;
  message: (lang: Lang, layer: string) => string;
}

export interface PlanOptions {
  src: string;
  base: string;
  /** The GetCapabilities address, which relative addresses in the capabilities are resolved against. */
  capabilitiesUrl: string;
  version?: string;
  layers: string[];
  styles?: string;
  format: string;
  transparent: boolean;
  time?: string;
}

/** The names offered, for a message: at most 20, then "…". */
const offered = (layers: readonly WmsLayerInfo[]) => {
  const names = layers.map((layer) => layer.name);
  return names.length > 20 ? `${names.slice(0, 20).join(', ')}, …` : names.join(', ');
};
const quoted = (names: string[]) => names.map((name) => `„${name}“`).join(', ');

/** Checks the attributes against the capabilities and plans what the layer asks for. */
export function planWms(capabilities: WmsCapabilities, options: PlanOptions): WmsPlan | { problem: PlanProblem } {
  const byName = new Map(capabilities.layers.map((layer) => [layer.name, layer]));
  const available = offered(capabilities.layers);
  if (!options.layers.length) {
    return { problem: { code: 'wms-layer-unknown', message: (lang, layer) => t(lang, 'layers-missing', { layer, available }) } };
  }
  const unknown = options.layers.filter((name) => !byName.has(name));
  if (unknown.length) {
    const key = unknown.length === 1 ? 'layer-unknown' : 'layer-unknown-many';
    return { problem: { code: 'wms-layer-unknown', message: (lang, layer) => t(lang, key, { layer, unknown: quoted(unknown), available }) } };
  }
  const layers = options.layers.map((name) => byName.get(name)!);
  const without3857 = layers.filter((layer) => !layer.crs.includes('EPSG:3857'));
  if (without3857.length) {
    const crs = [...new Set(without3857.flatMap((layer) => layer.crs))].join(', ');
    const names = quoted(without3857.map((layer) => layer.name));
    return { problem: { code: 'wms-crs-unsupported', message: (lang, layer) => t(lang, 'crs-unsupported', { layer, names, offered: crs || '–' }) } };
  }
  const version = options.version ?? capabilities.version;
  const styles = options.styles === undefined ? [] : options.styles.split(',').map((style) => style.trim());
  const time = options.time?.trim() && layers.some((layer) => layer.time) ? options.time.trim() : undefined;
  const request: MapRequest = {
    version,
    layers: options.layers,
    styles: styles.length ? options.layers.map((_, i) => styles[i] ?? '') : options.layers.map(() => ''),
    format: options.format?.trim() || 'image/png',
    transparent: options.transparent,
    ...(time ? { time } : {}),
  };
  return {
    src: options.src,
    title: layers.map((layer) => layer.title).join(', '),
    tiles: tileTemplate(options.src, options.base, request),
    request,
    queryLayers: layers.filter((layer) => layer.queryable).map((layer) => layer.name),
    infoFormats: infoFormatsToTry(capabilities.infoFormats),
    ...zoomRange(layers),
    ...(wmsCredit(layers) ? { credit: wmsCredit(layers) } : {}),
    legendImages: layers.flatMap((layer, i) => legendImage(layer, request.styles[i], version, options)),
  };
}

/**
 * The zoom levels at which any of the layers is drawn: from the smallest scale a layer has (its MaxScaleDenominator)
 * to the largest (MinScaleDenominator). MapLibre's `maxzoom` is exclusive, as a WMS's MinScaleDenominator is not:
 * a hair deeper is kept.
 */
function zoomRange(layers: readonly WmsLayerInfo[]): { minzoom: number; maxzoom: number } {
  const clamp = (zoom: number) => Math.min(24, Math.max(0, zoom));
  const minzoom = Math.min(...layers.map((layer) => (layer.maxScale ? clamp(scaleToZoom(layer.maxScale)) : 0)));
  const maxzoom = Math.max(...layers.map((layer) => (layer.minScale ? clamp(scaleToZoom(layer.minScale) + 1e-6) : 24)));
  return { minzoom, maxzoom };
}

/**
 * The credit line from the layers' attributions, each once: its title as text, a link where the capabilities give an
 * http(s) address. HTML in a title stays text (it is escaped); the map's credit filter (map/credits.ts) checks it again.
 */
export function wmsCredit(layers: readonly WmsLayerInfo[]): string | undefined {
  const parts = new Set<string>();
  for (const { attribution } of layers) {
    const title = attribution?.title?.replace(/\s+/g, ' ').trim();
    const href = httpHref(attribution?.url);
    if (!title && !href) continue;
    const text = escapeHtml(title || new URL(href!).host);
    parts.add(href ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${text}</a>` : text);
  }
  return parts.size ? [...parts].join(' | ') : undefined;
}

/**
 * The legend picture of one layer: its style's LegendURL when it is on the service's own origin (a LegendURL
 * elsewhere would have every visitor's browser ask a host the page author never named), else GetLegendGraphic.
 */
function legendImage(layer: WmsLayerInfo, style: string, version: string, options: PlanOptions): { src: string; alt: string }[] {
  const chosen = layer.styles.find((s) => s.name === style) ?? layer.styles[0];
  const own = httpHref(chosen?.legendUrl, options.capabilitiesUrl);
  const sameOrigin = own && new URL(own).origin === new URL(options.capabilitiesUrl).origin ? own : undefined;
  const src = sameOrigin ?? httpHref(legendGraphicUrl(options.src, options.base, version, layer.name, style));
  return src ? [{ src, alt: layer.title }] : [];
}

/** What the layer tells the map's controls beside its name: its legend pictures, the field of a text answer. */
export function describeWms(plan: WmsPlan | undefined, lang: Lang): { legendImages: { src: string; alt: string }[]; fields: DescribedField[] } {
  return { legendImages: plan?.legendImages ?? [], fields: [{ key: 'antwort', label: t(lang, 'info.answer') }] };
}

/**
 * The service's answer about a place as a feature for the details panel: the first feature's properties (a GML or
 * GeoJSON answer), or the text (a plain-text answer) in `antwort`, at the place asked about. Undefined: nothing there.
 */
export function infoFeature(info: FeatureInfo, lngLat: [number, number], plan: WmsPlan): Feature | undefined {
  const geometry = { type: 'Point' as const, coordinates: lngLat };
  if (info.kind === 'text') {
    const text = info.text.trim();
    return text ? { type: 'Feature', geometry, properties: { name: plan.title, antwort: text } } : undefined;
  }
  const first = info.features.find((properties) => Object.keys(properties).length);
  return first ? { type: 'Feature', geometry, properties: first } : undefined;
}
