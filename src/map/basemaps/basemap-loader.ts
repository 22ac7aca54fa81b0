import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { assetUrl } from '../../assets-url.js';
import { getConfig } from '../../config.js';
import type { KnErrorCode } from '../../events/kn-error-event.js';
import type { Lang } from '../../i18n/lang.js';
import { msg, type MessageKey, type MessageParams } from '../../i18n/messages.js';
import { KONSTANZ_DARK_PALETTE, KONSTANZ_PALETTE, konstanzStyle } from './konstanz-style.js';
import { escapeHtml } from '../../text/credit-html.js';
import { t as coverageText } from './offline-coverage.messages.js';
import { rasterStyle } from './raster-style.js';
import { resolveBasemap, type Basemap, type ExternalBasemap, type RasterOptions, type RasterSpec } from './registry.js';

export interface BasemapLoaderHost {
  lang(): Lang;
  /** Whether the map is shown in its dark theme. */
  dark(): boolean;
  /** Whether the grey variant of a street basemap is asked for (`basemap-flavor="grau"`). */
  grey(): boolean;
  /** Shows and fires a problem; `params` in a language (a function) lets its notice follow a change of language. */
  report(code: KnErrorCode, key: MessageKey, params?: MessageParams | ((lang: Lang) => MessageParams)): void;
  /** `basemap-layers` and `basemap-attribution`, for a raster or WMS basemap. */
  raster?(): RasterOptions;
  /** The `basemap` value names nothing known. */
  reportInvalid(value: string): void;
  /** MapLibre rejected the style after the map had it: the offline basemap replaces it. */
  fellBack?(): void;
}

/**
 * Turns the `basemap` attribute into a maplibre style. Whatever goes wrong with an external basemap —
 * unreachable, time-out, not a style, rejected by maplibre — ends in the offline basemap and a notice that
 * says why, never in an empty map.
 */
export class BasemapLoader {
  private readonly rejected = new WeakSet<MaplibreMap>();
  /** Maps whose street basemap failed to load a tile: reported once. */
  private readonly tileFailures = new WeakSet<MaplibreMap>();
  /** The street basemap chunk (osm-style.ts), once loaded. */
  private osm?: typeof import('./osm-style.js');

  constructor(private readonly host: BasemapLoaderHost) {}

  private resolve(value: string): Basemap | null {
    return resolveBasemap(value, document.baseURI, this.host.raster?.() ?? {});
  }

  async style(value: string): Promise<StyleSpecification> {
    const basemap = this.resolve(value);
    if (!basemap) this.host.reportInvalid(value);
    if (basemap?.kind === 'pmtiles') {
      // The street basemap (and @protomaps/basemaps) is a chunk of its own, loaded only by maps that show it.
      try {
        this.osm ??= await import('./osm-style.js');
        const { basemapTimeoutMs: timeoutMs } = getConfig();
        return await this.osm.osmStyle(basemap.url, { lang: this.host.lang(), dark: this.host.dark(), grey: this.host.grey(), assetUrl, timeoutMs });
      } catch (error) {
        const osm = this.osm;
        this.unavailable(basemap.displayName, osm && error instanceof osm.OsmArchiveError ? (lang) => osm.reasonText(lang, error) : (lang) => msg(lang, 'reason.network'));
      }
    }
    if (basemap?.kind === 'external' && basemap.raster) {
      const style = await this.raster(basemap, basemap.raster);
      if (style) return style;
    } else if (basemap?.kind === 'external') {
      // Fetching and checking an external style is a chunk of its own: maps on the offline basemap never load it.
      let chunk: typeof import('./fetch-style.js') | undefined;
      try {
        chunk = await import('./fetch-style.js');
        return await chunk.fetchStyle(basemap.styleUrl, getConfig().basemapTimeoutMs);
      } catch (error) {
        const reason: { reason: MessageKey; params?: MessageParams } = chunk && error instanceof chunk.StyleLoadError ? error : { reason: 'reason.network' };
        this.unavailable(basemap.displayName, (lang) => msg(lang, reason.reason, reason.params));
      }
    }
    return this.offline();
  }

  /**
   * A raster basemap's style: a tile template as it is; a WMS after its capabilities were read (a lazy chunk with
   * the WMS layer's own code), undefined when it cannot be used (said as a notice).
   */
  private async raster(basemap: ExternalBasemap, spec: RasterSpec): Promise<StyleSpecification | undefined> {
    const own = this.offline();
    const common = { glyphs: own.glyphs, sprite: own.sprite, ...(spec.maxzoom ? { maxzoom: spec.maxzoom } : {}) };
    const text = spec.attribution ? escapeHtml(spec.attribution) : undefined;
    if (spec.service === 'xyz') return rasterStyle({ ...common, tiles: spec.url, ...(text ? { attribution: text } : {}) });
    let chunk: typeof import('./raster-wms.js') | undefined;
    try {
      chunk = await import('./raster-wms.js');
      const { tiles, credit } = await chunk.wmsTiles(spec, document.baseURI, getConfig().basemapTimeoutMs);
      const attribution = text ?? credit;
      return rasterStyle({ ...common, tiles, ...(attribution ? { attribution } : {}) });
    } catch (error) {
      const wms = chunk;
      this.unavailable(basemap.displayName, wms && error instanceof wms.RasterBasemapError ? (lang) => wms.reasonText(lang, error) : (lang) => msg(lang, 'reason.network'));
      return undefined;
    }
  }

  /**
   * `style` for a map about to show it: a street basemap whose archive does not cover the map's view (its zoom
   * levels start above the view's, or its area lies elsewhere) would leave the map blank, so the offline basemap
   * is shown instead, with a notice that says why. Every other style is returned as it is.
   */
  forView(map: MaplibreMap, value: string, style: StyleSpecification): StyleSpecification {
    const coverage = this.osm?.coverageOf(style);
    if (!coverage || !this.osm) return style;
    const zoom = map.getZoom();
    const view = map.getBounds();
    const [west, south, east, north] = coverage.bounds;
    const osm = this.osm;
    const t = (reason: 'zoom-not-covered' | 'area-not-covered', params: MessageParams) => (lang: Lang) => osm.reasonText(lang, new osm.OsmArchiveError(reason, params));
    let reason: ((lang: Lang) => string) | undefined;
    if (zoom < coverage.minZoom) {
      reason = t('zoom-not-covered', { min: coverage.minZoom, max: coverage.maxZoom, zoom: Math.floor(zoom) });
    } else if (view.getEast() < west || view.getWest() > east || view.getNorth() < south || view.getSouth() > north) {
      const f = (n: number) => n.toFixed(2);
      reason = t('area-not-covered', { bounds: `${f(west)},${f(south)},${f(east)},${f(north)}` });
    }
    if (!reason) return style;
    this.unavailable(this.resolve(value)?.kind === 'pmtiles' ? value : 'PMTiles', reason);
    return this.offline();
  }

  /** Whether the basemap `value` draws differently in the dark theme or another language (then it is made again). */
  followsThemeAndLang(value: string): 'theme' | 'theme-and-lang' | false {
    const kind = this.resolve(value)?.kind ?? 'offline';
    return kind === 'pmtiles' ? 'theme-and-lang' : kind === 'offline' ? 'theme' : false;
  }

  offline(): StyleSpecification {
    return konstanzStyle({
      assetUrl,
      attribution: msg(this.host.lang(), 'attribution.basemap'),
      cityAttribution: coverageText(this.host.lang(), 'city-credit'),
      palette: this.host.dark() ? KONSTANZ_DARK_PALETTE : KONSTANZ_PALETTE,
    });
  }

  /** For maplibre's `error` events of a map showing the basemap `value`. */
  onMapError(map: MaplibreMap, value: string, event: { sourceId?: string }): void {
    const basemap = this.resolve(value);
    if (basemap?.kind === 'external' && !event.sourceId && !map.isStyleLoaded() && !this.rejected.has(map)) {
      // maplibre rejected the style itself (invalid for its spec). Nothing was added to a style that never
      // loaded, so the offline one simply replaces it.
      this.rejected.add(map);
      this.unavailable(basemap.displayName, (lang) => msg(lang, 'reason.not-a-style'));
      this.host.fellBack?.();
      queueMicrotask(() => map.setStyle(this.offline(), { diff: false }));
    } else if ((basemap?.kind === 'pmtiles' || (basemap?.kind === 'external' && basemap.raster)) && event.sourceId?.startsWith('basemap-') && !this.tileFailures.has(map)) {
      // The archive was checked before the map showed it: a tile that fails later (the connection, the file
      // replaced on the server) is reported once; the tiles already drawn stay.
      this.tileFailures.add(map);
      this.unavailable(basemap.displayName, (lang) => msg(lang, 'reason.network'));
    } else if (event.sourceId?.startsWith('basemap-') && basemap?.kind !== 'external' && basemap?.kind !== 'pmtiles') {
      // The offline basemap failing to load its own files means the assets folder is missing or misplaced.
      this.unavailable('Konstanz (offline)', (lang) => msg(lang, 'reason.network'));
    }
  }

  /** Says the basemap is unavailable, its reason in whatever language the map has then. */
  private unavailable(name: string, reason: (lang: Lang) => string): void {
    this.host.report('basemap-unavailable', 'error.basemap-unavailable', (lang) => ({ name, reason: reason(lang) }));
  }
}
