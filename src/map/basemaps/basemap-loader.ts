import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { assetUrl } from '../../assets-url.js';
import { getConfig } from '../../config.js';
import type { KnErrorCode } from '../../events/kn-error-event.js';
import type { Lang } from '../../i18n/lang.js';
import { msg, type MessageKey, type MessageParams } from '../../i18n/messages.js';
import { KONSTANZ_DARK_PALETTE, KONSTANZ_PALETTE, konstanzStyle } from './konstanz-style.js';
import { resolveBasemap } from './registry.js';

export interface BasemapLoaderHost {
  lang(): Lang;
  /** Whether the map is shown in its dark theme. */
  dark(): boolean;
  report(code: KnErrorCode, key: MessageKey, params?: MessageParams): void;
  /** The `basemap` value names nothing known. */
  reportInvalid(value: string): void;
}

/**
 * Turns the `basemap` attribute into a maplibre style. Whatever goes wrong with an external basemap —
 * unreachable, time-out, not a style, rejected by maplibre — ends in the offline basemap and a notice that
 * says why, never in an empty map.
 */
export class BasemapLoader {
  private readonly rejected = new WeakSet<MaplibreMap>();

  constructor(private readonly host: BasemapLoaderHost) {}

  async style(value: string): Promise<StyleSpecification> {
    const basemap = resolveBasemap(value, document.baseURI);
    if (!basemap) this.host.reportInvalid(value);
    if (basemap?.kind === 'external') {
      // Fetching and checking an external style is a chunk of its own: maps on the offline basemap never load it.
      let chunk: typeof import('./fetch-style.js') | undefined;
      try {
        chunk = await import('./fetch-style.js');
        return await chunk.fetchStyle(basemap.styleUrl, getConfig().basemapTimeoutMs);
      } catch (error) {
        const reason: { reason: MessageKey; params?: MessageParams } = chunk && error instanceof chunk.StyleLoadError ? error : { reason: 'reason.network' };
        this.unavailable(basemap.displayName, msg(this.host.lang(), reason.reason, reason.params));
      }
    }
    return this.offline();
  }

  offline(): StyleSpecification {
    return konstanzStyle({
      assetUrl,
      attribution: msg(this.host.lang(), 'attribution.basemap'),
      palette: this.host.dark() ? KONSTANZ_DARK_PALETTE : KONSTANZ_PALETTE,
    });
  }

  /** For maplibre's `error` events of a map showing the basemap `value`. */
  onMapError(map: MaplibreMap, value: string, event: { sourceId?: string }): void {
    const basemap = resolveBasemap(value, document.baseURI);
    if (basemap?.kind === 'external' && !event.sourceId && !map.isStyleLoaded() && !this.rejected.has(map)) {
      // maplibre rejected the style itself (invalid for its spec). Nothing was added to a style that never
      // loaded, so the offline one simply replaces it.
      this.rejected.add(map);
      this.unavailable(basemap.displayName, msg(this.host.lang(), 'reason.not-a-style'));
      queueMicrotask(() => map.setStyle(this.offline(), { diff: false }));
    } else if (event.sourceId?.startsWith('basemap-') && basemap?.kind !== 'external') {
      // The offline basemap failing to load its own files means the assets folder is missing or misplaced.
      this.unavailable('Konstanz (offline)', msg(this.host.lang(), 'reason.network'));
    }
  }

  private unavailable(name: string, reason: string): void {
    this.host.report('basemap-unavailable', 'error.basemap-unavailable', { name, reason });
  }
}
