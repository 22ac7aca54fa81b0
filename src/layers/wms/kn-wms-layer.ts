import { deepActiveElement } from '../../registry/deep-active-element.js';
import type { Feature } from 'geojson';
import type { Selection } from '../../registry/layer-registry.js';
import { css, LitElement, type PropertyValues } from 'lit';
import { OutsideMapGate } from '../outside-map-gate.js';
import { property } from 'lit/decorators.js';
import type { Map as MaplibreMap, RasterLayerSpecification } from 'maplibre-gl';
import { getConfig } from '../../config.js';
import { KnErrorEvent, type KnErrorCode } from '../../events/kn-error-event.js';
import { KnSelectEvent } from '../../events/kn-select-event.js';
import type { Lang } from '../../i18n/lang.js';
import { msg } from '../../i18n/messages.js';
import { defaultOnConverter } from '../../map/converters.js';
import type { DescribedLayer } from '../../registry/described-layer.js';
import type { LayerDescription } from '../../registry/layer-description.js';
import { AttributeChecks } from '../attribute-checks.js';
import { hiddenShown } from '../describe-features.js';
import { uniqueLayerPrefix } from '../layer-ids.js';
import { MapLayerController, type MapLayerHost } from '../map-layer-controller.js';
import { parseList } from '../parse-list.js';
import { restack } from '../stacking.js';
import { belowLabels } from '../style-diff.js';
import type { AttributeProblem } from '../validate-attributes.js';
import { numberProblem } from '../validate-attributes.js';
import { describeWms, infoFeature, planWms, type WmsPlan } from './wms-plan.js';
import { capabilitiesUrl, featureInfoUrl, tileBbox } from './wms-url.js';
import { t } from './wms.messages.js';

type ServiceChunk = typeof import('./wms-service.js');
/** The network part and ogc-client's parsing: a chunk of its own, loaded by the first WMS layer of a page. */
const loadService = (): Promise<ServiceChunk> => import('./wms-service.js');

const VERSIONS = ['1.3.0', '1.1.1'];

/**
 * Shows the map images of a WMS (Web Map Service) on the enclosing `<kn-map>`: development plans, aerial photos,
 * noise maps, any layer a city's or a state's geodata infrastructure serves as WMS. The images are asked for per
 * map tile (256 × 256 pixels in EPSG:3857) and lie above the basemap's areas and below its labels and the points
 * of every data layer.
 *
 * The service's capabilities (GetCapabilities) are read once per address: the layer's title becomes its name in the
 * legend and the layer switcher (unless `label` is set), its attribution the map's credit line (as text), its scale
 * limits the zoom levels at which it is drawn. `<kn-legend>` shows the service's legend picture (GetLegendGraphic
 * or the capabilities' LegendURL) with the layer's title as its text alternative. A click on the map, or Enter on the
 * focused map, asks the service what is there (GetFeatureInfo as GeoJSON, GML or plain text, of queryable layers
 * only) and `<kn-feature-details>` shows the answer as text.
 *
 * Everything that goes wrong is said on the map and as `kn-error`: a layer the service does not have (the message
 * lists those it has), a layer not offered in EPSG:3857 (the message names the projections it is offered in), the
 * server's own error message (a ServiceException, quoted as text), HTTP errors, time-outs and CORS failures. A tile
 * that fails leaves the rest of the map as it is. The server must allow the page's origin (CORS) for GetCapabilities,
 * GetFeatureInfo and the map images.
 *
 * @tagname kn-wms-layer
 * @summary Map images from a WMS: capabilities, legend picture, feature info, clear errors.
 *
 * @event {KnSelectEvent} kn-select - The service answered a click with what is there. `detail: {layer, feature}` (the feature's properties are the answer).
 * @event {KnErrorEvent} kn-error - The service cannot be shown or answered with an error. `detail: {code, message}`; codes `wms-service-exception`, `wms-capabilities-invalid`, `wms-layer-unknown`, `wms-crs-unsupported`, `wms-tiles`, `wms-feature-info`, `data-network`, `data-http`, `data-timeout`, `invalid-attribute`.
 * @csspart outside-map - The message the layer shows where it stands when it is outside every `<kn-map>` (it fires `kn-error` `layer-outside-map` then).
 */
export class KnWmsLayer extends LitElement implements MapLayerHost, DescribedLayer {
  static override styles = css`
    :host {
      display: none;
    }
  `;

  private readonly mapLayer = new MapLayerController(this);
  /** Outside every `<kn-map>`, the layer says so where it stands (outside-map-gate.ts). */
  protected readonly outsideMap = new OutsideMapGate(this);
  /** Says what is wrong with `opacity` and `version` on the map (see `attributeProblems`). */
  protected readonly attributeChecks = new AttributeChecks(this, {
    map: () => this.mapLayer.value,
    problems: (lang) => this.attributeProblems(lang),
  });

  /** The address of the service (its GetCapabilities address without the request's parameters; other parameters such as `map=…` are kept). */
  @property() src?: string;

  /** The service's layers to show, comma-separated names as the capabilities give them (`Name`), e.g. `bplan,flurstuecke`. */
  @property() layers?: string;

  /** Their styles, comma-separated in the same order; empty: each layer's default style. */
  @property() styles?: string;

  /** The image format asked for. */
  @property() format = 'image/png';

  /** Transparent images, so the map shows through (`transparent="false"`: opaque). */
  @property({ converter: defaultOnConverter }) transparent = true;

  /** Opacity of the images from 0 (invisible) to 1. */
  @property({ type: Number }) opacity = 1;

  /** The layer's name for people; default: the title(s) the capabilities give the layers. */
  @property() label?: string;

  /** Hide the layer (it stays in the legend and the layer switcher). */
  @property({ type: Boolean, reflect: true }) override hidden = false;

  /** WMS version, `1.3.0` or `1.1.1`; default: what the service answers to GetCapabilities (1.3.0 where it can). */
  @property() version?: string;

  /** The time to show, for layers with a time dimension (e.g. `2024` or `2024-06-01`); default: the service's. */
  @property() time?: string;

  /** Nothing is listed: a WMS sends pictures, not features. */
  readonly features: readonly Feature[] = [];

  private idPrefixValue?: string;
  /** The capabilities read and what the attributes ask of them; undefined before and after a failure. */
  private plan?: WmsPlan;
  /** The capabilities request of the plan being made (a newer request wins). */
  private planFor?: string;
  private planning?: Promise<void>;
  /** The source's tile URL on the map, while it is there. */
  private mountedTiles?: string;
  private tileErrorSaid = false;
  private infoAbort?: AbortController;

  private get idPrefix(): string {
    this.idPrefixValue ??= uniqueLayerPrefix('wms');
    return this.idPrefixValue;
  }

  private get sourceId(): string {
    return `${this.idPrefix}-source`;
  }

  private get layerId(): string {
    return `${this.idPrefix}-raster`;
  }

  private get lang$(): Lang {
    return this.mapLayer.value?.lang ?? 'de';
  }

  // ---- the layer contract ----

  /** @internal Part of the layer contract, called by MapLayerController. */
  prefetch(): void {
    void this.makePlan();
  }

  /** @internal Part of the layer contract, called by MapLayerController. */
  async addToMap(map: MaplibreMap): Promise<void> {
    map.on('error', this.onMapError);
    await this.makePlan();
    if (this.mapLayer.map === map) this.mount(map);
  }

  /** @internal Part of the layer contract, called by MapLayerController. */
  removeFromMap(map: MaplibreMap): void {
    map.off('error', this.onMapError);
    if (!this.plan) this.planning = undefined; // nothing was shown (the service was down): put on a map again, it asks again
    this.infoAbort?.abort();
    this.unmount(map);
  }

  // ---- DescribedLayer ----

  /** The layer's name, its legend pictures and what it shows, in a language. */
  describe(lang: Lang = this.lang$): LayerDescription {
    const described = describeWms(this.plan, lang);
    return {
      name: this.displayName(lang),
      hidden: this.hidden,
      nameField: 'name',
      legend: [],
      ...(this.hidden ? {} : { legendImages: described.legendImages }),
      notes: [],
      fields: described.fields,
      facets: [],
      shown: this.hidden ? hiddenShown(lang) : { count: 0, text: t(lang, 'shown.visible') },
    };
  }

  /** The layer's name for people: `label`, else the capabilities' titles of its layers, else "Kartendienst (WMS)". */
  displayName(lang: Lang = this.lang$): string {
    return this.label?.trim() || this.plan?.title || t(lang, 'name');
  }

  featureCategory(): string {
    return '';
  }

  isShown(): boolean {
    return true;
  }

  /** Selects an answer of the service (there is nothing to frame: it is a place, not a feature of a list). */
  focusFeature(feature: Feature): void {
    this.select(feature);
  }

  /** The maplibre source and style layer it adds (one raster layer), for stacking and tests. */
  mapIds(): { sources: string[]; layers: string[] } {
    return { sources: [this.sourceId], layers: [this.layerId] };
  }

  /**
   * A click (or Enter on the map) beside every point: asks the service what is at `lngLat`, when one of its layers is
   * queryable and drawn at this zoom, and no data layer's area (drawn above the WMS image) lies under the click: that
   * area is what the visitor sees and picks. Returns whether it asks.
   */
  clickedBeside(lngLat: [number, number], context?: { overArea: boolean }): boolean {
    const map = this.mapLayer.map;
    const plan = this.plan;
    if (context?.overArea) return false;
    if (!map || !plan || this.hidden || !plan.infoFormats.length || !plan.queryLayers.length || !this.inZoomRange()) return false;
    const via = this.mapLayer.registry?.inputVia;
    void this.askFeatureInfo(map, plan, lngLat, via);
    return true;
  }

  // ---- lit ----

  protected override updated(changed: PropertyValues<this>): void {
    const map = this.mapLayer.map;
    if (changed.has('label') || changed.has('hidden')) this.describeChanged();
    if (['src', 'version', 'layers', 'styles', 'format', 'transparent', 'time'].some((key) => changed.has(key as keyof KnWmsLayer))) {
      if (this.mapLayer.value) {
        void this.makePlan()
          .then(() => this.mapLayer.map && this.mount(this.mapLayer.map))
          .catch((error: unknown) => console.error('[kn-wms-layer] could not show the WMS', error)); // e.g. a style being replaced meanwhile
      }
      return;
    }
    if (map?.getLayer(this.layerId)) {
      if (changed.has('opacity')) map.setPaintProperty(this.layerId, 'raster-opacity', this.clampedOpacity());
      if (changed.has('hidden')) map.setLayoutProperty(this.layerId, 'visibility', this.hidden ? 'none' : 'visible');
    }
  }

  // ---- capabilities ----

  /** Reads the capabilities (once per address and page) and checks the attributes against them; says what is wrong. */
  private makePlan(): Promise<void> {
    const src = this.src?.trim();
    const version = VERSIONS.includes(this.version?.trim() ?? '') ? this.version!.trim() : undefined;
    let url: string | undefined;
    try {
      url = src ? capabilitiesUrl(src, document.baseURI, version) : undefined;
    } catch {
      url = undefined;
    }
    const key = JSON.stringify([url, this.layers, this.styles, this.format, this.transparent, this.time, version]);
    if (this.planning && this.planFor === key) return this.planning;
    this.planFor = key;
    this.planning = (async () => {
      if (!src || !url) {
        this.setPlan(undefined);
        if (!src) await this.say('data-missing', (lang, layer) => msg(lang, 'error.data-unavailable', { layer }));
        return;
      }
      let service: ServiceChunk;
      try {
        service = await loadService();
      } catch {
        if (this.planFor === key) await this.say('data-network', (lang, layer) => msg(lang, 'error.data-unavailable', { layer }));
        return;
      }
      try {
        const capabilities = await service.loadCapabilities(url, getConfig().dataTimeoutMs);
        if (this.planFor !== key) return;
        const result = planWms(capabilities, { src, base: document.baseURI, capabilitiesUrl: url, version, layers: parseList(this.layers), styles: this.styles, format: this.format, transparent: this.transparent, time: this.time });
        if ('problem' in result) {
          this.setPlan(undefined);
          const problem = result.problem;
          await this.say(problem.code, (lang, layer) => problem.message(lang, layer));
          return;
        }
        this.setPlan(result);
      } catch (error) {
        if (this.planFor !== key) return;
        this.setPlan(undefined);
        const lang = this.lang$;
        const said = await service.capabilitiesError(error, { lang, layer: this.displayName(lang), url });
        this.dispatchEvent(new KnErrorEvent(said));
      }
    })();
    return this.planning;
  }

  private setPlan(plan: WmsPlan | undefined): void {
    this.plan = plan;
    this.tileErrorSaid = false;
    this.describeChanged();
  }

  private async say(code: KnErrorCode, message: (lang: Lang, layer: string) => string): Promise<void> {
    const lang = this.lang$;
    this.dispatchEvent(new KnErrorEvent({ code, message: message(lang, this.displayName(lang)) }));
  }

  // ---- on the map ----

  private mount(map: MaplibreMap): void {
    const plan = this.plan;
    if (plan && this.mountedTiles === plan.tiles && map.getSource(this.sourceId)) return;
    this.unmount(map);
    if (!plan) return;
    map.addSource(this.sourceId, { type: 'raster', tiles: [plan.tiles], tileSize: 256, ...(plan.credit ? { attribution: plan.credit } : {}) });
    const layer: RasterLayerSpecification = {
      id: this.layerId,
      type: 'raster',
      source: this.sourceId,
      minzoom: plan.minzoom,
      maxzoom: plan.maxzoom,
      layout: { visibility: this.hidden ? 'none' : 'visible' },
      paint: { 'raster-opacity': this.clampedOpacity(), 'raster-fade-duration': 0 },
    };
    map.addLayer(layer, belowLabels(map)); // stacked as an area: below the basemap's labels (stacking.ts)
    this.mountedTiles = plan.tiles;
    this.tileErrorSaid = false;
    restack(map, this.mapLayer.registry?.layers ?? [this]);
  }

  private unmount(map: MaplibreMap): void {
    this.mountedTiles = undefined;
    if (map.getLayer(this.layerId)) map.removeLayer(this.layerId);
    if (map.getSource(this.sourceId)) map.removeSource(this.sourceId);
  }

  private clampedOpacity(): number {
    return Number.isFinite(this.opacity) ? Math.min(1, Math.max(0, this.opacity)) : 1;
  }

  private inZoomRange(): boolean {
    const map = this.mapLayer.map;
    if (!map || !this.plan) return true;
    const zoom = map.getZoom();
    return zoom >= this.plan.minzoom && zoom < this.plan.maxzoom;
  }

  /** A tile of this layer failed: ask the server why, once per source, and say it. The other tiles stay. */
  private readonly onMapError = (error: object): void => {
    const event = error as { sourceId?: string; tile?: { tileID?: { canonical?: { x: number; y: number; z: number } } } };
    if (event.sourceId !== this.sourceId || this.tileErrorSaid || !this.mountedTiles) return;
    this.tileErrorSaid = true;
    const canonical = event.tile?.tileID?.canonical;
    const tiles = this.mountedTiles;
    const url = tiles.replace('{bbox-epsg-3857}', canonical ? tileBbox(canonical.z, canonical.x, canonical.y) : tileBbox(0, 0, 0));
    void (async () => {
      const service = await loadService().catch(() => undefined);
      const reason = service && (await service.diagnoseTile(url, getConfig().dataTimeoutMs));
      const lang = this.lang$;
      const said = service && (await service.tileError(reason, { lang, layer: this.displayName(lang), url }));
      if (this.mountedTiles !== tiles) return;
      if (said) this.dispatchEvent(new KnErrorEvent(said));
      else this.tileErrorSaid = false; // it passed: a later failure is said
    })();
  };

  // ---- feature info ----

  private async askFeatureInfo(map: MaplibreMap, plan: WmsPlan, lngLat: [number, number], via: Selection['via']): Promise<void> {
    // Asked by keyboard: the details take the focus only if the visitor is still where they pressed Enter when the answer comes.
    const focusedThen = deepActiveElement();
    this.infoAbort?.abort();
    const abort = (this.infoAbort = new AbortController());
    const zoom = map.getZoom();
    const urlIn = (infoFormat: string) => featureInfoUrl(plan.src, document.baseURI, { ...plan.request, queryLayers: plan.queryLayers, infoFormat }, lngLat, zoom);
    let url = urlIn(plan.infoFormats[0]);
    let service: ServiceChunk | undefined;
    try {
      service = await loadService();
      let info;
      // A format the server fails at (an exception, an answer that cannot be read): the next one it offers.
      for (const [i, format] of plan.infoFormats.entries()) {
        url = urlIn(format);
        const last = i === plan.infoFormats.length - 1;
        info = await service.askFeatureInfo(url, getConfig().dataTimeoutMs, abort.signal).catch((error: unknown) => {
          if (last || !service!.isServiceException(error)) throw error;
          return undefined;
        });
        if (info || abort.signal.aborted) break;
      }
      if (abort.signal.aborted || this.mapLayer.map !== map) return;
      if (!info) throw new Error('unreadable');
      const feature = infoFeature(info, lngLat, plan);
      if (feature) this.select(feature, via && deepActiveElement() === focusedThen ? via : undefined);
    } catch (error) {
      if (abort.signal.aborted) return;
      const lang = this.lang$;
      if (!service) return void this.say('data-network', (l, layer) => msg(l, 'error.data-unavailable', { layer }));
      this.dispatchEvent(new KnErrorEvent(await service.featureInfoError(error, { lang, layer: this.displayName(lang), url })));
    }
  }

  private select(feature: Feature, via?: Selection['via']): void {
    this.mapLayer.registry?.select({ layer: this, feature, ...(via ? { via } : {}) });
    this.dispatchEvent(new KnSelectEvent({ layer: this, feature }));
  }

  private describeChanged(): void {
    this.mapLayer.registry?.changed(this);
  }

  private attributeProblems(lang: Lang): AttributeProblem[] {
    const version = this.version?.trim();
    return [
      numberProblem('opacity', this.opacity, this.getAttribute('opacity'), { min: 0, max: 1, outOfRange: 'clamped', expected: t(lang, 'expected.opacity') }),
      version && !VERSIONS.includes(version) ? ({ kind: 'unknown-values', attribute: 'version', unknown: [version], valid: VERSIONS, noneLeft: true } as const) : null,
    ].filter((problem): problem is AttributeProblem => problem !== null);
  }
}
