import type { Lang } from '../../i18n/lang.js';
import { KONSTANZ_DARK_PALETTE, KONSTANZ_PALETTE, type Palette } from '../../map/basemaps/konstanz-style.js';
import { DEFAULT_BASEMAP, isGreyFlavor, resolveBasemap, type Basemap } from '../../map/basemaps/registry.js';
import { t } from './basemap-switcher.messages.js';

/** One basemap as a site offers it: an `<option>` child, or a name of the `basemaps` attribute. */
export interface BasemapSpec {
  /** What goes into `<kn-map basemap>`: a name or an address. */
  value: string;
  /** The name shown (the `<option>`'s text); without it, the named basemap's or one made from the address. */
  label?: string;
  /** `data-provider`: who provides it; without it, the named basemap's, OpenStreetMap for a `.pmtiles` archive, else the host. */
  provider?: string;
  /** `data-layers`: `basemap-layers` for a WMS. */
  layers?: string;
  /** `data-attribution`: `basemap-attribution` for a raster or WMS basemap. */
  attribution?: string;
  /** `data-flavor`: `basemap-flavor` for a street basemap (`grau`); undefined leaves the map's own. */
  flavor?: string;
}

/** The colours of an option's small preview: land, water, roads (none for the offline map: district lines instead). */
export interface PreviewColours {
  land: string;
  water: string;
  green?: string;
  road?: string;
  majorRoad?: string;
  lines: string;
  /** A raster picture (tiles of images): drawn with a fine grid. */
  raster?: boolean;
}

/** One choice of the switcher, ready to show. */
export interface BasemapOption extends Omit<BasemapSpec, 'label' | 'provider'> {
  name: string;
  provider: string;
  /** Requested from another server: the map asks for the visitor's consent first. */
  external: boolean;
  preview: PreviewColours;
  /** What identifies it on the map (see `basemapKey`). */
  key: string;
}

/** What the switcher offers when the site lists nothing (besides the map's own basemap): the colour ones of each provider. */
export const DEFAULT_CHOICES: readonly string[] = [DEFAULT_BASEMAP, 'basemap-de', 'basemap-de-raster', 'openfreemap'];

/** The offline map in the colours it is drawn with (konstanz-style.ts), in either theme. */
const offlinePreview = (palette: Palette): PreviewColours => ({ land: palette.land, water: palette.water, lines: palette.districtEdge });
const OFFLINE = offlinePreview(KONSTANZ_PALETTE);
const OFFLINE_DARK = offlinePreview(KONSTANZ_DARK_PALETTE);
const BASEMAP_DE: PreviewColours = { land: '#f4f2ec', water: '#a8d2f0', green: '#cfe5bd', road: '#ffffff', majorRoad: '#f7cf6f', lines: '#c9c3b8' };
const GREY: PreviewColours = { land: '#f0f0f0', water: '#c4c9cd', green: '#dedede', road: '#ffffff', majorRoad: '#b8b8b8', lines: '#c8c8c8' };
const OSM: PreviewColours = { land: '#e0ded8', water: '#80c4dc', green: '#c4dfb4', road: '#ffffff', majorRoad: '#f4c77b', lines: '#c6c2b8' };
const LIBERTY: PreviewColours = { land: '#f8f4f0', water: '#a0c8f0', green: '#d8e8c8', road: '#ffffff', majorRoad: '#fcd6a4', lines: '#cfc8bf' };
/**
 * The street map (PMTiles) in the dark theme: the colours of the `dark` flavour of `@protomaps/basemaps` (earth,
 * water, park_b, major, highway, major_casing_late) and, grey, of its `black` flavour. Written out because importing
 * the package would put its 38 kB into the switcher (it is only loaded with a street map);
 * test/controls/basemap-switcher.test.ts checks them against the package.
 */
const STREET_DARK: PreviewColours = { land: '#1f1f1f', water: '#31353f', green: '#192a24', road: '#3d3d3d', majorRoad: '#474747', lines: '#1f1f1f' };
const STREET_BLACK: PreviewColours = { land: '#141414', water: '#333333', green: '#181818', road: '#292929', majorRoad: '#292929', lines: '#141414' };
const OTHER: PreviewColours = { land: '#ececec', water: '#c3d5e2', road: '#ffffff', majorRoad: '#d4d4d4', lines: '#bdbdbd' };

/**
 * Named basemaps: the message keys of their name and provider, and their preview; `dark` for one the map draws dark
 * in its dark theme (the external ones do not turn dark: their previews keep their colours).
 */
const NAMED: Record<string, { name: Parameters<typeof t>[1]; provider: Parameters<typeof t>[1]; preview: PreviewColours; dark?: PreviewColours }> = {
  konstanz: { name: 'name.konstanz', provider: 'provider.konstanz', preview: OFFLINE, dark: OFFLINE_DARK },
  'basemap-de': { name: 'name.basemap-de', provider: 'provider.bkg', preview: BASEMAP_DE },
  'basemap-de-grau': { name: 'name.basemap-de-grau', provider: 'provider.bkg', preview: GREY },
  'basemap-de-raster': { name: 'name.basemap-de-raster', provider: 'provider.bkg', preview: { ...BASEMAP_DE, raster: true } },
  'basemap-de-raster-grau': { name: 'name.basemap-de-raster-grau', provider: 'provider.bkg', preview: { ...GREY, raster: true } },
  openfreemap: { name: 'name.openfreemap', provider: 'provider.openfreemap', preview: LIBERTY },
};

const layerList = (layers: string | undefined) =>
  (layers ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .join(',');

/**
 * What identifies a basemap whatever way it is written: its name, or its absolute address, plus the WMS layers
 * (`basemap-layers`); null for a value the map cannot use.
 */
export function basemapKey(value: string, baseUrl: string, layers?: string): string | null {
  const basemap = resolveBasemap(value, baseUrl, { layers });
  return basemap ? keyOf(basemap, layers) : null;
}

/** `basemapKey` of a basemap already resolved. */
function keyOf(basemap: Basemap, layers: string | undefined): string {
  const where = basemap.kind === 'offline' ? basemap.name : basemap.kind === 'pmtiles' ? basemap.url : Object.hasOwn(NAMED, basemap.name) ? basemap.name : basemap.styleUrl;
  return layerList(layers) ? `${where}|${layerList(layers)}` : where;
}

function described(spec: BasemapSpec, basemap: Basemap, lang: Lang, dark: boolean): Pick<BasemapOption, 'name' | 'provider' | 'preview'> {
  const named = Object.hasOwn(NAMED, basemap.name) ? NAMED[basemap.name] : undefined;
  if (named) return { name: t(lang, named.name), provider: t(lang, named.provider), preview: (dark && named.dark) || named.preview };
  if (basemap.kind === 'pmtiles') {
    const grey = isGreyFlavor(spec.flavor);
    const preview = dark ? (grey ? STREET_BLACK : STREET_DARK) : grey ? GREY : OSM;
    return { name: t(lang, 'name.pmtiles'), provider: t(lang, 'provider.osm'), preview };
  }
  const host = basemap.kind === 'external' ? basemap.provider : '';
  const raster = basemap.kind === 'external' ? basemap.raster : undefined;
  const name = t(lang, raster?.service === 'wms' ? 'name.wms' : raster ? 'name.tiles' : 'name.style', { host });
  return { name, provider: spec.attribution?.trim() || host, preview: raster ? { ...OTHER, raster: true } : OTHER };
}

/**
 * The switcher's choices from what the site gives, in its order, each once; `invalid` lists the values no map can
 * use (the switcher says so and leaves them out). `dark`: the map shows its dark theme, and the previews of the
 * basemaps that follow it (the offline map, a street map) show their dark colours.
 */
export function basemapOptions(specs: readonly BasemapSpec[], lang: Lang, baseUrl: string, dark = false): { options: BasemapOption[]; invalid: string[] } {
  const options: BasemapOption[] = [];
  const invalid: string[] = [];
  for (const spec of specs) {
    const value = spec.value.trim();
    const basemap = value ? resolveBasemap(value, baseUrl, { layers: spec.layers, attribution: spec.attribution }) : null;
    if (!basemap) {
      if (!invalid.includes(spec.value)) invalid.push(spec.value);
      continue;
    }
    const key = keyOf(basemap, spec.layers);
    if (options.some((option) => option.key === key && option.flavor === spec.flavor)) continue;
    const shown = described(spec, basemap, lang, dark);
    options.push({
      value,
      ...(spec.layers?.trim() ? { layers: spec.layers.trim() } : {}),
      ...(spec.attribution?.trim() ? { attribution: spec.attribution.trim() } : {}),
      ...(spec.flavor !== undefined ? { flavor: spec.flavor.trim() } : {}),
      name: spec.label?.trim() || shown.name,
      provider: spec.provider?.trim() || shown.provider,
      external: basemap.kind === 'external',
      preview: shown.preview,
      key,
    });
  }
  return { options, invalid };
}

/** The names of the `basemaps` attribute (`"konstanz, basemap-de"`). */
export function namedSpecs(list: string): BasemapSpec[] {
  return list
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => ({ value }));
}

/** The `<option>` children of the element: value, text, `data-layers`, `data-attribution`, `data-flavor`, `data-provider`. */
export function optionSpecs(host: Element): BasemapSpec[] {
  return [...host.querySelectorAll(':scope > option')].map((option) => {
    const label = option.textContent?.replace(/\s+/g, ' ').trim() || undefined;
    const data = (name: string) => option.getAttribute(`data-${name}`) ?? undefined;
    const spec: BasemapSpec = { value: option.getAttribute('value') ?? label ?? '' };
    if (label) spec.label = label;
    for (const name of ['provider', 'layers', 'attribution', 'flavor'] as const) {
      const found = data(name);
      if (found !== undefined) spec[name] = found;
    }
    return spec;
  });
}

/** What the map shows, as the switcher reads it. */
export interface MapBasemap {
  basemap: string;
  layers?: string;
  attribution?: string;
  flavor?: string;
}

/** Without a list from the site: the offline map, the map's own basemap, and the named colour basemaps. */
export function defaultSpecs(current: MapBasemap | undefined, baseUrl: string): BasemapSpec[] {
  // (A basemap the map cannot use is the map's to report.)
  const resolved = current && resolveBasemap(current.basemap, baseUrl, { layers: current.layers });
  const usable = resolved && resolved.kind !== 'offline';
  const own: BasemapSpec[] = current && usable ? [{ value: current.basemap, layers: current.layers, attribution: current.attribution, flavor: current.flavor }] : [];
  return [{ value: DEFAULT_BASEMAP }, ...own, ...DEFAULT_CHOICES.slice(1).map((value) => ({ value }))];
}

/** The option the map shows now (its basemap and WMS layers; and its flavour, for an option that sets one). */
export function currentOption(options: readonly BasemapOption[], current: MapBasemap | undefined, baseUrl: string): BasemapOption | undefined {
  if (!current) return undefined;
  const key = basemapKey(current.basemap, baseUrl, current.layers);
  const matching = options.filter((option) => option.key === key);
  return matching.find((option) => option.flavor === undefined || isGreyFlavor(option.flavor) === isGreyFlavor(current.flavor)) ?? matching[0];
}
