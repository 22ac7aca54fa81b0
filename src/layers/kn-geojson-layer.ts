import type { Feature, FeatureCollection, GeoJSON } from 'geojson';
import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { GeoJSONSource, LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import { getConfig } from '../config.js';
import { bboxOf, GeoJsonError, parseGeoJson, toFeatureCollection } from '../data/geojson.js';
import { DataFetchError, fetchText } from '../data/fetch-data.js';
import { KnDataLoadEvent } from '../events/kn-data-load-event.js';
import { KnErrorEvent } from '../events/kn-error-event.js';
import type { Lang } from '../i18n/lang.js';
import { msg } from '../i18n/messages.js';
import type { KnMapContextValue } from '../map/map-context.js';
import { uniqueLayerPrefix } from './layer-ids.js';
import { geojsonLayerSpecs, type GeojsonLayerPaint } from './geojson-layer-style.js';
import { MapLayerController, type MapLayerHost } from './map-layer-controller.js';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Shows the points, lines and polygons of a GeoJSON file on the enclosing `<kn-map>`.
 *
 * @tagname kn-geojson-layer
 * @summary Any GeoJSON on the map: from a URL, an inline script, or the `data` property.
 *
 * @slot - An optional `<script type="application/geo+json">` with the data inline.
 *
 * @event {KnDataLoadEvent} kn-data-load - The data is shown. `detail: {count, bbox}`.
 * @event {KnErrorEvent} kn-error - The data could not be loaded or is not GeoJSON; data already shown is kept. `detail: {code, message}`.
 */
export class KnGeojsonLayer extends LitElement implements MapLayerHost {
  /** URL of a GeoJSON file (FeatureCollection, Feature or geometry). */
  @property() src?: string;

  /** GeoJSON object; wins over an inline script and `src`. */
  @property({ attribute: false }) data?: GeoJSON;

  /** Name of the layer in legends and messages. */
  @property() label?: string;

  /** Colour of points, lines and outlines (any CSS colour maplibre understands). */
  @property() color = '#1d5fa8';

  /** Opacity of the layer, 0 to 1. */
  @property({ type: Number }) opacity = 1;

  /** Hides the layer (keeps its data). */
  @property({ type: Boolean, reflect: true }) override hidden = false;

  private readonly mapLayer = new MapLayerController(this);
  private readonly idPrefix = uniqueLayerPrefix('geojson');
  private collection: FeatureCollection = EMPTY;
  private loadToken = 0;
  /** What the last load read from (data object or URL), so unrelated updates do not reload. */
  private requested?: unknown;

  /** The features currently shown (read-only). */
  get features(): readonly Feature[] {
    return this.collection.features;
  }

  private get sourceId(): string {
    return `${this.idPrefix}-source`;
  }

  private get paint(): GeojsonLayerPaint {
    const opacity = Number.isFinite(this.opacity) ? Math.min(1, Math.max(0, this.opacity)) : 1;
    return { color: this.color, opacity, visible: !this.hidden };
  }

  /** @internal Part of the layer contract, called by MapLayerController. */
  async addToMap(map: MaplibreMap, context: KnMapContextValue): Promise<void> {
    map.addSource(this.sourceId, { type: 'geojson', data: this.collection });
    for (const layer of geojsonLayerSpecs(this.idPrefix, this.sourceId, this.paint)) map.addLayer(layer);
    await this.load(map, context.lang);
  }

  /** @internal Part of the layer contract, called by MapLayerController. */
  removeFromMap(map: MaplibreMap): void {
    this.requested = undefined;
    this.loadToken++;
    for (const layer of this.styleLayers()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    if (map.getSource(this.sourceId)) map.removeSource(this.sourceId);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const map = this.mapLayer.map;
    if (!map) return;
    if (changed.has('color') || changed.has('opacity') || changed.has('hidden')) this.applyPaint(map);
    if ((changed.has('src') || changed.has('data')) && this.requested !== undefined && this.requested !== this.dataSource()) {
      void this.load(map, this.mapLayer.value?.lang ?? 'de');
    }
  }

  private async load(map: MaplibreMap, lang: Lang): Promise<void> {
    const token = ++this.loadToken;
    this.requested = this.dataSource();
    let collection: FeatureCollection;
    try {
      collection = await this.readData();
    } catch (error) {
      if (token === this.loadToken) this.reportLoadError(error, lang);
      return;
    }
    if (token !== this.loadToken || this.mapLayer.map !== map) return;
    this.collection = collection;
    (map.getSource(this.sourceId) as GeoJSONSource | undefined)?.setData(collection);
    this.dispatchEvent(new KnDataLoadEvent({ count: collection.features.length, bbox: bboxOf(collection) }));
  }

  private dataSource(): unknown {
    return this.data ?? this.src ?? null;
  }

  /** The data, by precedence: `data` property, inline script, `src`. */
  private async readData(): Promise<FeatureCollection> {
    if (this.data) return toFeatureCollection(this.data);
    const inline = this.querySelector('script[type="application/geo+json"]')?.textContent;
    if (inline?.trim()) return parseGeoJson(inline);
    if (!this.src) throw new MissingDataError();
    const url = new URL(this.src, document.baseURI).href;
    return parseGeoJson(await fetchText(url, getConfig().dataTimeoutMs));
  }

  private reportLoadError(error: unknown, lang: Lang): void {
    const layer = this.displayName(lang);
    const url = this.src ?? '';
    let detail: { code: KnErrorEvent['detail']['code']; message: string };
    if (error instanceof DataFetchError) {
      const key = error.code === 'data-http' ? 'error.data-http' : error.code === 'data-timeout' ? 'error.data-timeout' : 'error.data-network';
      detail = { code: error.code, message: msg(lang, key, { layer, url, status: error.status ?? '' }) };
    } else if (error instanceof GeoJsonError) {
      detail = { code: 'data-invalid', message: msg(lang, 'error.data-invalid', { layer, reason: error.reason[lang] }) };
    } else if (error instanceof MissingDataError) {
      detail = { code: 'data-missing', message: msg(lang, 'error.data-missing', { layer }) };
    } else {
      detail = { code: 'data-invalid', message: msg(lang, 'error.data-invalid', { layer, reason: String(error) }) };
    }
    this.dispatchEvent(new KnErrorEvent(detail));
  }

  private displayName(lang: Lang): string {
    if (this.label?.trim()) return this.label.trim();
    const file = this.src?.split(/[?#]/)[0].split('/').pop();
    return file || msg(lang, 'layer.unnamed');
  }

  private styleLayers(): LayerSpecification[] {
    return geojsonLayerSpecs(this.idPrefix, this.sourceId, this.paint);
  }

  private applyPaint(map: MaplibreMap): void {
    for (const layer of this.styleLayers()) {
      if (!map.getLayer(layer.id)) continue;
      for (const [key, value] of Object.entries(layer.paint ?? {})) {
        map.setPaintProperty(layer.id, key as Parameters<MaplibreMap['setPaintProperty']>[1], value);
      }
      map.setLayoutProperty(layer.id, 'visibility', layer.layout?.visibility ?? 'visible');
    }
  }

  override render() {
    return html``;
  }
}

class MissingDataError extends Error {}
