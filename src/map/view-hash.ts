import type { Feature } from 'geojson';

/**
 * A map's view and selection in the URL's fragment, readable and stable:
 *
 *     #karte=15.2/47.6597/9.1757&auswahl=wlan/fc-kn-ap007
 *
 * - The view is `zoom/latitude/longitude`, with `/bearing/pitch` only when the map is turned or tilted (the
 *   order maplibre's own `hash` option and openstreetmap.org use). Coordinates carry as many decimals as the
 *   zoom needs for a pixel, no more; zoom two.
 * - The selection is `layer/feature`. A layer is named by its element `id`, else by its kind (`kn-wlan-layer`
 *   → `wlan`) with `@2`, `@3` … for a second, third layer of that kind. A feature is named by its id
 *   (`feature.id` or an `id` property), else by its name, else by its position `@1`, `@2` … in the layer's data:
 *   the first of these that picks out exactly this feature. Parts are percent-encoded (a `/` in a name too).
 * - A map with `hash="plan"` uses `plan=` and `plan-auswahl=` instead, so two maps on a page keep apart.
 * - Any other part of the fragment (a page's own parameters, an anchor) is kept as it is, in its place.
 *
 * Pure functions; no DOM, no maplibre.
 */

export interface HashKeys {
  /** Parameter holding the view. */
  view: string;
  /** Parameter holding the selected feature. */
  selection: string;
}

export interface HashView {
  center: [lng: number, lat: number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** The parameter name of a map with a bare `hash` attribute. */
export const DEFAULT_HASH_KEY = 'karte';
const KEY_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

/** The parameter names for a key: `karte` → `karte` and `auswahl`; `plan` → `plan` and `plan-auswahl`. */
export function hashKeys(key: string = DEFAULT_HASH_KEY): HashKeys {
  return key === DEFAULT_HASH_KEY ? { view: 'karte', selection: 'auswahl' } : { view: key, selection: `${key}-auswahl` };
}

/**
 * The parameter key a `hash` attribute asks for: absent or `"false"` → null (off); present and empty (or
 * `"true"`) → `karte`; letters, digits, `-` and `_` → that key; anything else → `undefined` (invalid).
 */
export function hashKeyOf(value: string | boolean | null | undefined): string | null | undefined {
  if (value === null || value === undefined || value === false) return null;
  if (value === true) return DEFAULT_HASH_KEY;
  const text = value.trim();
  if (text === '' || text.toLowerCase() === 'true') return DEFAULT_HASH_KEY;
  if (text.toLowerCase() === 'false') return null;
  return KEY_PATTERN.test(text) ? text : undefined;
}

// ---- view ----

/** Decimals of a coordinate so that its last digit is worth at most one screen pixel at `zoom` (512 px tiles). */
export function coordinateDecimals(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360)) / Math.LN10));
}

/** A number rounded to `decimals`, without trailing zeros or a minus zero: 47.66000 → "47.66". */
const rounded = (value: number, decimals: number) => String(Number(value.toFixed(decimals)) || 0);

/** `{center: [9.1757, 47.6597], zoom: 15.2}` → `"15.2/47.6597/9.1757"` (plus `/bearing/pitch` when not 0). */
export function formatView({ center: [lng, lat], zoom, bearing = 0, pitch = 0 }: Partial<HashView> & Pick<HashView, 'center' | 'zoom'>): string {
  const decimals = coordinateDecimals(zoom);
  const parts = [rounded(zoom, 2), rounded(lat, decimals), rounded(lng, decimals)];
  const turned = Math.round(((bearing % 360) + 360) % 360);
  const tilted = Math.round(pitch);
  if ((turned !== 0 && turned !== 360) || tilted !== 0) parts.push(String(turned > 180 ? turned - 360 : turned), String(tilted));
  return parts.join('/');
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** `"15.2/47.6597/9.1757"` (optionally `/bearing/pitch`) → the view; null when any part is missing or out of range. */
export function parseView(text: string): HashView | null {
  const parts = text.trim().split('/');
  if (parts.length < 3 || parts.length > 5 || !parts.every((part) => NUMBER.test(part))) return null;
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts.map(Number);
  const ok = zoom >= 0 && zoom <= 24 && Math.abs(lat) <= 85.06 && Math.abs(lng) <= 180 && Math.abs(bearing) <= 360 && pitch >= 0 && pitch <= 85;
  return ok ? { center: [lng, lat], zoom, bearing, pitch } : null;
}

/** What the view of a maplibre map is (only the four getters are used). */
export function viewOf(map: {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
}): HashView {
  const { lng, lat } = map.getCenter();
  return { center: [lng, lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

// ---- the fragment ----

/** The raw (still percent-encoded) value of a parameter in a fragment (`#a=1&b=2`), or undefined. */
export function hashParam(hash: string, name: string): string | undefined {
  for (const part of hash.replace(/^#/, '').split('&')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at) === name) return part.slice(at + 1);
  }
  return undefined;
}

/**
 * The fragment with some parameters set (raw values) or removed (undefined), every other part kept in its place;
 * new parameters go at the end. Returns `#…`, or '' when nothing is left.
 */
export function withHashParams(hash: string, values: Record<string, string | undefined>): string {
  const left = new Map(Object.entries(values));
  const parts: string[] = [];
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (part === '') continue;
    const at = part.indexOf('=');
    const name = at > 0 ? part.slice(0, at) : undefined;
    if (name === undefined || !left.has(name)) {
      parts.push(part);
      continue;
    }
    const value = left.get(name);
    left.delete(name);
    if (value !== undefined) parts.push(`${name}=${value}`);
  }
  for (const [name, value] of left) if (value !== undefined) parts.push(`${name}=${value}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** `href` with the fragment's view and selection parameters set (or removed when undefined). */
export function shareUrl(href: string, keys: HashKeys, { view, selection }: { view?: string; selection?: string }): string {
  const url = new URL(href);
  url.hash = withHashParams(url.hash, { [keys.view]: view, [keys.selection]: selection }); // '' drops the '#'
  return url.href;
}

// ---- the selection ----

/** What a reference needs of a layer element. */
export interface LayerLike {
  readonly id: string;
  readonly localName: string;
}

/** The kind of a layer for references: `kn-wlan-layer` → `wlan`, `kn-innovation-area-layer` → `innovation-area`. */
export function layerKind(localName: string): string {
  return localName.replace(/^kn-/, '').replace(/-layer$/, '') || localName;
}

/** A part of a reference made safe for the fragment (`/`, `&`, `#`, `%`, spaces … encoded), `@` and `:` kept. */
const encodePart = (text: string) => encodeURIComponent(text).replace(/%40/g, '@').replace(/%3A/gi, ':').replace(/%2C/gi, ',');

export interface SelectionRef {
  layer: string;
  feature: string;
}

/** `"wlan/fc-kn-ap007"` (raw, percent-encoded) → its decoded parts; null when it is not `layer/feature`. */
export function parseSelection(raw: string): SelectionRef | null {
  const parts = raw.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  try {
    return { layer: decodeURIComponent(parts[0]), feature: decodeURIComponent(parts[1]) };
  } catch {
    return null; // a stray "%"
  }
}

/** The layer a reference names: an element id first, then `kind` or `kind@n` (n from 1). */
export function resolveLayer<L extends LayerLike>(layers: readonly L[], ref: string): L | undefined {
  const byId = layers.filter((layer) => layer.id === ref);
  if (byId.length === 1) return byId[0];
  const match = /^(.+?)(?:@(\d+))?$/.exec(ref);
  if (!match) return undefined;
  const ofKind = layers.filter((layer) => layerKind(layer.localName) === match[1]);
  return ofKind[Number(match[2] ?? 1) - 1];
}

/** The shortest reference to a layer that finds it again (see `resolveLayer`). */
export function layerRef<L extends LayerLike>(layers: readonly L[], layer: L): string | undefined {
  if (!layers.includes(layer)) return undefined;
  const kind = layerKind(layer.localName);
  const position = layers.filter((other) => layerKind(other.localName) === kind).indexOf(layer) + 1;
  const candidates = [layer.id, position === 1 ? kind : '', `${kind}@${position}`].filter(Boolean);
  return candidates.find((candidate) => resolveLayer(layers, candidate) === layer);
}

const ID_KEYS = ['id', 'fid', 'objectid', 'uuid'];

/** The values a feature can be named by, strongest first: its id, an id property, its name. */
function featureNames(feature: Feature, nameField: string): (string | undefined)[] {
  const properties = feature.properties ?? {};
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined);
  const idKey = Object.keys(properties).find((key) => ID_KEYS.includes(key.toLowerCase()));
  return [text(feature.id), idKey ? text(properties[idKey]) : undefined, text(properties[nameField]), text(properties.name)];
}

/** The feature a reference names: the only one with that id, else with that name, else at position `@n`. */
export function resolveFeature(features: readonly Feature[], ref: string, nameField = 'name'): Feature | undefined {
  const names = features.map((feature) => featureNames(feature, nameField));
  for (let kind = 0; kind < 4; kind++) {
    const hits = features.filter((_, i) => names[i][kind] === ref);
    if (hits.length === 1) return hits[0];
  }
  const position = /^@(\d+)$/.exec(ref);
  return position ? features[Number(position[1]) - 1] : undefined;
}

/** The strongest reference to a feature that finds it again (see `resolveFeature`). */
export function featureRef(features: readonly Feature[], feature: Feature, nameField = 'name'): string | undefined {
  const index = features.indexOf(feature);
  if (index < 0) return undefined;
  const candidates = [...featureNames(feature, nameField), `@${index + 1}`].filter((name): name is string => !!name);
  return candidates.find((candidate) => resolveFeature(features, candidate, nameField) === feature);
}

/** `layer/feature` as written in the fragment (percent-encoded), or undefined when either cannot be named. */
export function formatSelection<L extends LayerLike & { readonly features: readonly Feature[] }>(
  layers: readonly L[],
  layer: L,
  feature: Feature,
  nameField = 'name',
): string | undefined {
  const layerPart = layerRef(layers, layer);
  const featurePart = featureRef(layer.features, feature, nameField);
  return layerPart && featurePart ? `${encodePart(layerPart)}/${encodePart(featurePart)}` : undefined;
}
