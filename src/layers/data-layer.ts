import type { Feature, FeatureCollection } from 'geojson';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { OutsideMapGate } from './outside-map-gate.js';
import type {
  GeoJSONSource,
  GeoJSONSourceSpecification,
  LayerSpecification,
  Map as MaplibreMap,
  MapGeoJSONFeature,
} from 'maplibre-gl';
import { assetUrl } from '../assets-url.js';
import { getConfig } from '../config.js';
import { bboxOf } from '../data/geojson.js';
import { resolveDataUrl } from '../data/data-url.js';
import { fetchData } from '../data/fetch-data.js';
import type { LoadResult } from '../data/load-data.js';
import type { DataFormat } from '../data/detect-format.js';
import { arcgisServiceName, collectionId, viewSourceOf, VIEW_FORMATS, type ViewSource } from '../data/view-source.js';
import { KnDataLoadEvent } from '../events/kn-data-load-event.js';
import { KnDataProgressEvent } from '../events/kn-data-progress-event.js';
import { KnErrorEvent, type KnErrorCode, type Retell } from '../events/kn-error-event.js';
import { KnSelectEvent } from '../events/kn-select-event.js';
import type { Lang } from '../i18n/lang.js';
import type { MessageParams } from '../i18n/catalogue.js';
import { msg } from '../i18n/messages.js';
import { languageTag } from '../i18n/data-lang.js';
import { isCssColour } from '../symbols/css-colour.js';
import { asText } from '../text/as-text.js';
import { escapeHtml } from '../text/credit-html.js';
import type { LoadMessageKey } from './load-error.messages.js';
import { CHOSEN_MOVE, POSITION_MOVE, SELECTION_MOVE } from '../map/move-tags.js';
import { CLUSTER_OPENING, clusterOpeningPadding } from '../map/pick/cluster-opening.js';
import type { DescribedLayer, FocusOptions, PickTarget } from '../registry/described-layer.js';
import type { DescribedField, Facet, LayerDescription, LayerNote, LegendRow } from '../registry/layer-description.js';
import { AttributeChecks } from './attribute-checks.js';
import { hasOwnPlace } from './city-values.js';
import { geometryRows, hiddenShown, shownText } from './describe-features.js';
import { fieldsWithout } from './missing-field.js';
import { DataLayerAttributes } from './data-layer-attributes.js';
import { inputsOf, stagesFor, type InputTable } from './inputs.js';
import { uniqueLayerPrefix } from './layer-ids.js';
import { MapLayerController, type MapLayerHost } from './map-layer-controller.js';
import { MissingDataError } from './missing-data-error.js';
import { copiedId, SELECTED_SOURCE, selectedOnTop, selectionLayers, withSelectedOnTop, withSelection } from './selection-style.js';
import { t as layerText } from './layer.messages.js';
import { applyStyleDiff, belowLabels, withSourceLayer } from './style-diff.js';
import { isAreaLike, restack } from './stacking.js';
import type { DescribedTiles } from './tiles/describe-tiles.js';
import type { StillScene } from '../map/still/scene.js';
import { provideImages, type ImageRecipe } from '../symbols/provide-images.js';
import { clusterBadge, clusterBadgeName, type ClusterShape } from './cluster-style.js';
import type { TileSetController } from './tiles/tile-set-controller.js';
import type { Truncation, ViewDataController } from './view-data-controller.js';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

type LoadMessagesChunk = typeof import('./load-error-message.js');
type ReportedError = { code: KnErrorCode; message: string };
/** Each layer class's input table merged with its base classes' (see `inputs`). */
const inputTables = new WeakMap<Function, InputTable>();

/** What a themed layer's style is built from. */
export interface LayerStyleInput {
  /** Makes a style-layer id unique to this element: `id('point')` → `kn-wlan-3-point`. */
  id: (name: string) => string;
  source: string;
  color: string;
  opacity: number;
  visible: boolean;
  /** The image of the layer's cluster badge (see `clusterLayers`, `KnDataLayer.clusterShape`). */
  clusterBadge: string;
}

/** What makes a themed layer itself. */
export interface LayerTheme {
  /** Short name used in ids, e.g. `wlan`. */
  kind: string;
  /** The colour when `color` is not set. */
  color: string;
  /** The layer's name when `label` is not set, in a language (from the theme's message catalogue). */
  label: (lang: Lang) => string;
  /**
   * The theme's name is a placeholder ("Eigene Daten", kn-geojson-layer): a layer without `label` is named after
   * its file or service instead. A themed layer ("Konstanz-WLAN") keeps its name whatever file it shows.
   */
  generic?: boolean;
  /** Bundled data (a path in the assets folder) shown when no other source is given. */
  bundledData?: string;
  /** Credit for the bundled data, shown in the map's attribution while it is shown (text, or text in a language). */
  bundledAttribution?: string | ((lang: Lang) => string);
  /**
   * False for layers that compute what they draw from the whole data set in `prepare` (a status for a year,
   * filters, areas): tile features never pass through it, so such a layer says it cannot show `tiles`.
   */
  vectorTiles?: boolean;
  /** The language of the layer's data unless `data-lang` says otherwise (`de` for the city's data). Default: none (the map's). */
  dataLang?: string;
}

/** Where the data comes from (the values of the `data` inputs); a change of any part reloads it. */
type DataKey = readonly unknown[];
const sameKey = (a: DataKey | undefined, b: DataKey) => !!a && a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * The common part of every data layer: gets data from the `data` property, an inline
 * `<script type="application/geo+json">`, `src`, or the layer's bundled default (in that order); reads
 * GeoJSON and CSV in WGS84 or a projected CRS; shows it on the enclosing `<kn-map>`; reports every problem
 * as a translated `kn-error` without losing data already shown. A `src` that is an OGC API Features items
 * endpoint or a FlatGeobuf file is loaded for the map's view and again when it moves (view-data-controller.ts);
 * `tiles` puts vector tiles in place of a GeoJSON source (tiles/tile-set-controller.ts). Themed layers only add their style
 * and their description.
 *
 * Every layer describes itself (`describe(lang)`: name, legend rows, notes, fields, facets) and registers
 * with its map's `LayerRegistry`, so the map's controls render any layer, a page's own subclass included.
 * What each property change sets off is declared once, in the class's `static inputs` table.
 */
export abstract class KnDataLayer extends DataLayerAttributes implements MapLayerHost, DescribedLayer {
  static override styles = css`
    :host {
      display: none;
    }
  `;

  protected readonly mapLayer = new MapLayerController(this);
  /** Outside every `<kn-map>`, the layer says so where it stands (outside-map-gate.ts). */
  protected readonly outsideMap = new OutsideMapGate(this);
  /** Says what is wrong with the layer's attributes (`attributeProblems`) on its map; `check()` looks again. */
  protected readonly attributeChecks = new AttributeChecks(this, {
    map: () => this.mapLayer.value,
    problems: (lang) => this.attributeProblems(lang),
  });
  /** Loads data for the view (an items endpoint, a FlatGeobuf file); a chunk of its own, made for such a source only. */
  private viewData?: ViewDataController;
  /** Follows the `tiles`; a chunk of its own, made for a layer with tiles only. */
  private tileSet?: TileSetController;
  /** The `tiles`, `source-layer` and `tiles-max-zoom` the map shows, as one key; '' for no tiles. */
  private mountedTiles?: string;
  private idPrefixValue?: string;
  private collection: FeatureCollection = EMPTY;
  private pending?: Promise<LoadResult>;
  /** The download-and-read under way, until it settles (`dataState`). */
  private reading?: Promise<LoadResult>;
  private pendingKey?: DataKey;
  private shownKey?: DataKey;
  private loadToken = 0;
  private highlighted?: string | number;
  /** The selected feature where it is a point: drawn on top (source `selected`). */
  private selectedPoint?: Feature;
  /** The style layers on the map (ids and types), while they are there. */
  private mountedStyle?: { id: string; type: string }[];
  /** The source options on the map, to see whether a change needs the source put on again. */
  private mountedOptions?: string;
  /** Takes the images given to the map (`images`) off it again. */
  private removeImages?: () => void;
  /** The view-following source whose skipped features were already reported. */
  private skippedSaidFor?: string;
  private noticesSaidFor?: string;
  /** The data and `category-field` last said to miss that field (once per pair, also while the view moves). */
  private fieldSaidFor?: string;
  /** The load whose outcome the layer said without a map (only the still picture shows it). */
  private saidWithoutMap?: Promise<LoadResult>;

  /** Unique to this element, e.g. `kn-wlan-3`: source and style-layer ids start with it. */
  protected get idPrefix(): string {
    this.idPrefixValue ??= uniqueLayerPrefix(this.theme.kind);
    return this.idPrefixValue;
  }

  // ---- what a themed layer provides ----

  protected abstract readonly theme: LayerTheme;
  /** The maplibre style layers. Ids made with `input.id(…)`. */
  protected abstract styleLayers(input: LayerStyleInput): LayerSpecification[];
  /** Extra options for the GeoJSON source, e.g. clustering. Call super to keep the bundled data's credit. */
  protected sourceOptions(): Partial<GeoJSONSourceSpecification> {
    const service = this.loaded?.attribution; // a WFS's or ArcGIS layer's own credit: text, never HTML
    if (service && !this.showsBundledData) return { attribution: escapeHtml(service) };
    const credit = this.theme.bundledAttribution;
    if (!this.showsBundledData || !credit) return {};
    return { attribution: typeof credit === 'function' ? credit(this.lang$) : credit };
  }

  /** True when no `data`, inline data, `src` or site default is given, so the bundled data is shown. */
  get showsBundledData(): boolean {
    const own = this.tilesKey() || this.data || this.inlineScript() || this.src?.trim() || getConfig().dataUrls[this.theme.kind];
    return !own && !!this.theme.bundledData;
  }
  /** A chance to derive properties before the data is shown (e.g. a status for the chosen year). */
  protected prepare(collection: FeatureCollection): FeatureCollection {
    return collection;
  }
  /** Style-layer names (as passed to `id`) whose features can be clicked to select them. */
  protected selectableLayers(): string[] {
    return [];
  }
  /** Further GeoJSON sources computed from the shown data (e.g. coverage circles), by name for `id(name)`. */
  protected derivedSources(_collection: FeatureCollection): Record<string, FeatureCollection> {
    return {};
  }
  /** The derived sources and the selected point's (`selectedOnTop`). */
  private ownSources(collection: FeatureCollection): Record<string, FeatureCollection> {
    return { ...this.derivedSources(collection), [SELECTED_SOURCE]: this.selectedData() };
  }
  /** The selected point, alone, with its id on the map (see `findLoaded`: a click on it picks it). */
  private selectedData(): FeatureCollection {
    const feature = this.selectedPoint;
    if (!feature) return EMPTY;
    const id = this.tileSet?.described ? feature.id : this.collection.features.indexOf(feature);
    return { type: 'FeatureCollection', features: [{ type: 'Feature', ...(id === undefined || id === -1 ? {} : { id }), geometry: feature.geometry, properties: feature.properties }] };
  }
  /** Legend rows. Default: one per kind of geometry in the data (point, line, area) in the layer's colour. */
  protected legendRows(lang: Lang): LegendRow[] {
    return geometryRows(this.features, this.effectiveColor, lang);
  }
  /** Notes on the layer as a whole (sample data, approximate positions). Default: none. */
  protected notes(_lang: Lang): LayerNote[] {
    return [];
  }
  /** Fields worth showing in details, with their labels, before any others. Default: none. */
  protected fields(_lang: Lang): DescribedField[] {
    return [];
  }
  /** What the layer can be filtered by (filter chips, year slider). Default: nothing. */
  protected facets(_lang: Lang): Facet[] {
    return [];
  }
  /** After the source and style layers are on the map (images, extra listeners). */
  protected addedToMap(_map: MaplibreMap): void {}
  /** While leaving the map: after the style layers are removed, before the sources are (images, listeners). */
  protected removingFromMap(_map: MaplibreMap): void {}
  /** The images the style layers name (patterns, symbols) by name, besides the cluster badge. Default: none. */
  protected styleImages(): Record<string, ImageRecipe> {
    return {};
  }
  /** The shape of the layer's cluster badges (when its source clusters). Default: round. */
  protected clusterShape(): ClusterShape {
    return 'circle';
  }

  // ---- public API ----

  /**
   * The colour in use: the `color` attribute, else the CSS custom property `--kn-<kind>-color` (e.g.
   * `--kn-wlan-color`) or `--kn-layer-color` from the page's stylesheet, else the layer's theme colour; a value
   * that is no colour both the browser and maplibre draw (`isCssColour`) is passed over and reported.
   * CSS is read when the layer is added to the map and whenever an attribute of its style changes.
   */
  get effectiveColor(): string {
    // Only such a colour (css-colour.ts): `url(…)` in an SVG swatch would fetch, maplibre knows no `var()` or `oklch()`.
    const own = this.color?.trim();
    if (own && isCssColour(own)) return own;
    const fromCss = this.colourFromCss()?.value;
    return fromCss && isCssColour(fromCss) ? fromCss : this.theme.color;
  }

  protected override colourFromCss(): { property: string; value: string } | undefined {
    if (!this.isConnected) return undefined;
    const style = getComputedStyle(this);
    for (const property of [`--kn-${this.theme.kind}-color`, '--kn-layer-color']) {
      const value = style.getPropertyValue(property).trim();
      if (value) return { property, value };
    }
    return undefined;
  }

  /**
   * Whether the feature stands at a place of its own: not one set on the map only to be seen (`lage: angenommen`).
   * Lists and details give no distance to one that does not, and no nearest search offers it.
   */
  hasPlace(feature: Feature): boolean {
    return hasOwnPlace(feature.properties);
  }

  /**
   * Whether the map draws this feature under the layer's current filters, so that lists and search show
   * what the map shows. Layers that filter in their style (not in `features`) override it.
   */
  isShown(_feature: Feature): boolean {
    return true;
  }

  /** The features loaded, in WGS84 (read-only). */
  get features(): readonly Feature[] {
    return this.collection.features;
  }

  /**
   * What the layer tells the map's controls, in a language: name, legend rows, notes, fields and facets. Built
   * from the protected hooks `legendRows`, `notes`, `fields` and `facets`, which subclasses override.
   */
  describe(lang: Lang = this.lang$): LayerDescription {
    const count = this.features.reduce((sum, feature) => sum + (this.isShown(feature) ? 1 : 0), 0);
    return {
      name: this.displayName(lang),
      hidden: this.hidden,
      nameField: this.nameField,
      ...(this.dataLanguage ? { dataLang: this.dataLanguage } : {}),
      legend: this.legendRows(lang),
      notes: this.unavailable ? [{ kind: 'unavailable', text: layerText(lang, 'unavailable') }, ...this.notes(lang)] : this.notes(lang),
      fields: this.fields(lang),
      facets: this.facets(lang),
      shown: this.hidden ? hiddenShown(lang) : { count, text: this.shownText(count, lang) },
    };
  }

  /** A feature's category or status as text, for lists and search: the value of `category-field` ('' for none). */
  featureCategory(feature: Feature, lang: Lang = this.lang$): string {
    if (!this.categoryField) return '';
    const value = asText(feature.properties?.[this.categoryField]).trim();
    return (value && this.valueLabel(this.categoryField, value, lang)) || value;
  }

  /** The language of `featureCategory(feature, lang)`: the data's where the layer has no word of its own for the value. */
  featureCategoryLang(feature: Feature, lang: Lang = this.lang$): string | undefined {
    if (!this.categoryField) return undefined;
    const value = asText(feature.properties?.[this.categoryField]).trim();
    return value && !this.valueLabel(this.categoryField, value, lang) ? this.dataLanguage : undefined;
  }

  /**
   * A property's value in `lang` where it is one of the layer's own words (a status, a field of action): the
   * Konstanz layers translate their data's status words. Undefined for anything else: data, shown as it is (in
   * `dataLanguage`). Default: no words of its own.
   */
  valueLabel(_key: string, _value: unknown, _lang: Lang): string | undefined {
    return undefined;
  }

  /**
   * The language the data is in, as controls mark it: `data-lang` (when it is a language tag; `""` for none), else
   * the theme's (`de` for the Konstanz layers). Undefined: the map's language.
   */
  get dataLanguage(): string | undefined {
    if (this.dataLang === undefined || this.dataLang === null) return this.theme.dataLang;
    if (!this.dataLang.trim()) return undefined;
    return languageTag(this.dataLang) ?? this.theme.dataLang;
  }

  /** Where its data stands (see `DescribedLayer.dataState`): loading, shown (perhaps with no features) or unavailable. */
  get dataState(): 'loading' | 'shown' | 'unavailable' {
    if (this.reading) return 'loading'; // (a new source, or a retry after a failure)
    return this.unavailable ? 'unavailable' : this.loaded || this.tileSet?.described ? 'shown' : 'loading';
  }

  /**
   * The layer's name for people: `label`; else a themed layer's name (the fibre layer's with its own `src` is still
   * "Glasfaserausbau"), with its file's name after it while another layer of the same kind without `label` is on the
   * map ("Konstanz-WLAN (hotspots-2027.geojson)"); else, for a generic layer, its file or service name, else a generic
   * name.
   */
  displayName(lang: Lang = this.lang$): string {
    if (this.label?.trim()) return this.label.trim();
    const file = this.src && (collectionId(this.src) ?? arcgisServiceName(this.src) ?? this.src.split(/[?#]/)[0].split('/').pop());
    if (file && this.theme.generic) return file;
    // A function of the language; `{de, en}` and plain text are still read as before.
    const label = this.theme.label as LayerTheme['label'] | { de: string; en: string } | string;
    const name = typeof label === 'function' ? label(lang) : typeof label === 'object' ? label[lang] : String(label);
    return file && this.hasTwin() ? `${name} (${file})` : name;
  }

  /** @internal Whether its name may name its file beside a twin (see `DescribedLayer.namedByTwins`). */
  get namedByTwins(): boolean {
    return !this.theme.generic && !!this.src && !this.label?.trim();
  }

  /** Whether another layer of the same kind without `label` is on the map (the registry re-describes both as they come and go). */
  private hasTwin(): boolean {
    const twin = (other: DescribedLayer) => other !== this && other.localName === this.localName && !(other as { label?: string }).label?.trim();
    return !!this.mapLayer.registry?.layers.some(twin);
  }

  /**
   * Selects a feature of this layer: highlights it, makes it the map's selection and fires `kn-select`. `frame`: the
   * area a map without MapLibre (the still picture) shows it in (see `Selection.frame`).
   */
  select(feature: Feature, frame?: [west: number, south: number, east: number, north: number]): void {
    this.highlight(feature);
    this.mapLayer.registry?.select({ layer: this, feature, ...(frame ? { frame } : {}) });
    this.dispatchEvent(new KnSelectEvent({ layer: this, feature }));
  }

  /**
   * Shows a feature: moves the view to it (at once when the user prefers reduced motion), highlights it
   * and fires `kn-select`. Used by lists and search. `include`: a point to frame with it (where a search for
   * the nearest one started); `maxZoom`, `padding`: for that framing (default 17 and the map's `framePadding`);
   * `fromPosition`: `include` is the visitor's position, so the view it gives is kept out of the address and of
   * shared links (the move is tagged so, move-tags.ts; see `LayerRegistry.viewFromPosition`).
   */
  focusFeature(feature: Feature, { include, maxZoom, padding, fromPosition }: FocusOptions = {}): void {
    const map = this.mapLayer.map;
    const features: Feature[] = include ? [feature, { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: include } }] : [feature];
    const box = bboxOf({ type: 'FeatureCollection', features });
    if (map && box) {
      const duration = matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 500;
      const eventData = { ...(fromPosition ? POSITION_MOVE : CHOSEN_MOVE), ...SELECTION_MOVE };
      if (box[0] === box[2] && box[1] === box[3]) {
        // Zoom in past clustering so the point itself is shown, in the middle of the part the controls leave free.
        map.easeTo({ center: [box[0], box[1]], zoom: maxZoom ?? Math.max(map.getZoom(), 16), offset: this.freeOffset(padding), duration }, eventData);
      } else {
        map.fitBounds(box, { padding: padding ?? this.mapLayer.value?.framePadding?.() ?? 48, maxZoom: maxZoom ?? 17, duration }, eventData);
      }
    }
    // Without MapLibre the still picture frames the selection: with the second point, it fits both.
    this.select(feature, !map && include && box ? box : undefined);
  }

  /** Highlights one feature (or none) on the map; a point is drawn again on top of every layer (`selectedOnTop`). */
  highlight(feature: Feature | null): void {
    const before = this.selectedPoint;
    this.selectedPoint = feature && /Point$/.test(feature.geometry?.type ?? '') ? feature : undefined;
    const map = this.mapLayer.map;
    if (before || this.selectedPoint) (map?.getSource(this.layerId(SELECTED_SOURCE)) as GeoJSONSource | undefined)?.setData(this.selectedData());
    if (!map?.getSource(this.sourceId)) return;
    // On the map a feature is known by its index in `features`, or in vector tiles by the tiles' own id.
    const sourceLayer = this.tileSet?.described?.sourceLayer;
    const target = (id: string | number) => ({ source: this.sourceId, id, ...(sourceLayer ? { sourceLayer } : {}) });
    if (this.highlighted !== undefined) map.setFeatureState(target(this.highlighted), { selected: false });
    const index = feature ? this.collection.features.indexOf(feature) : -1;
    this.highlighted = index < 0 ? undefined : sourceLayer ? feature!.id : index;
    if (this.highlighted !== undefined) map.setFeatureState(target(this.highlighted), { selected: true });
  }

  /**
   * The ids of the maplibre sources and style layers this layer adds (style layers in the order they are
   * added), e.g. to style or query them directly, or in tests.
   */
  mapIds(): { sources: string[]; layers: string[] } {
    const sources = ['source', ...Object.keys(this.ownSources(EMPTY))].map((name) => this.layerId(name));
    return { sources, layers: this.styleRefs().map((layer) => layer.id) };
  }

  /**
   * The style layers' ids and types: those on the map while it has them (clicks and stacking ask often; the set
   * only changes when the source goes on again), else what the style would add.
   */
  private styleRefs(): readonly { id: string; type: string }[] {
    return this.mountedStyle ?? this.currentStyle();
  }

  /**
   * The style layers a click may pick (see `PickTarget`): those of `selectableLayers()`, as points or areas by
   * what they draw, and cluster bubbles.
   */
  pickTargets(): PickTarget[] {
    const selectable = new Set(this.selectableLayers().map((name) => this.layerId(name)));
    const clusters = new Set([this.layerId('clusters')]);
    return this.styleRefs().flatMap((layer): PickTarget[] => {
      if (clusters.has(layer.id)) return [{ id: layer.id, role: 'cluster' }];
      // The selected point drawn again on top (`selectedOnTop`): what is seen there is what a click picks.
      if (selectable.has(copiedId(layer.id) ?? '')) return [{ id: layer.id, role: 'point', top: true }];
      if (!selectable.has(layer.id)) return [];
      return [{ id: layer.id, role: layer.type === 'line' ? 'line' : isAreaLike(layer.type) ? 'area' : 'point' }];
    });
  }

  /** The map picked one of this layer's features: a cluster zooms in until it comes apart, a feature is selected. */
  picked(hit: MapGeoJSONFeature, target: PickTarget): void {
    if (target.role === 'cluster') return this.expandCluster(hit);
    this.select(this.findLoaded(hit) ?? { type: 'Feature', geometry: hit.geometry, properties: hit.properties });
  }

  /**
   * Zooms in until the cluster comes apart, and on until its points fill the part of the map the controls leave free
   * (`framePadding`; at most zoom 17), with them in its middle, not under a panel or the buttons: one tap shows a
   * cluster's points, not the next step of its clustering.
   */
  private expandCluster(cluster: MapGeoJSONFeature): void {
    const map = this.mapLayer.map;
    const source = map?.getSource(this.sourceId) as GeoJSONSource | undefined;
    const id = cluster.properties?.cluster_id;
    if (!map || !source?.getClusterExpansionZoom || cluster.geometry.type !== 'Point' || typeof id !== 'number') return;
    const clusterCentre = cluster.geometry.coordinates as [number, number];
    const count = Number(cluster.properties?.point_count) || 1;
    const leaves = source.getClusterLeaves ? source.getClusterLeaves(id, count, 0).catch(() => []) : Promise.resolve([]);
    void Promise.all([source.getClusterExpansionZoom(id), leaves]).then(([zoom, points]) => {
      if (this.mapLayer.map !== map) return;
      const box = bboxOf({ type: 'FeatureCollection', features: points as Feature[] });
      const center: [number, number] = box ? [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2] : clusterCentre;
      // The zoom at which its points fill the free part of the map (MapLibre's fit, with the controls' room and a margin).
      const padding = clusterOpeningPadding(this.mapLayer.value?.framePadding?.());
      const fill = box ? map.cameraForBounds(box, { padding, maxZoom: CLUSTER_OPENING.maxZoom })?.zoom : undefined;
      const duration = matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 400;
      map.easeTo({ center, zoom: Math.max(zoom, fill ?? zoom), offset: this.freeOffset(), duration }, CHOSEN_MOVE);
    });
  }

  /** How far the middle of the part of the map the controls leave free (`framePadding`, or `padding`) lies from the map's middle, in px. */
  private freeOffset(padding?: FocusOptions['padding']): [number, number] {
    const free = padding ?? this.mapLayer.value?.framePadding?.();
    return free ? [(free.left - free.right) / 2, (free.top - free.bottom) / 2] : [0, 0];
  }

  /** The map is being created, or shows only its still picture: start downloading now (see `loadWithoutMap`). */
  prefetch(): Promise<void> | undefined {
    if (this.followsView || this.tiles?.trim()) return undefined; // needs the view, or tiles are read by the map
    return this.loadWithoutMap();
  }

  /**
   * The data before the map is there, for its still picture and its controls (lists, search, details). Where the map
   * shows only its still picture (no WebGL: `still` in the map's context), the layer also says what it says on a
   * map: the data is shown (`kn-data-load`), or what failed.
   */
  private async loadWithoutMap(): Promise<void> {
    const token = this.loadToken;
    const request = this.request();
    const say = () => !!this.mapLayer.value?.still && !this.mapLayer.map && token === this.loadToken && this.saidWithoutMap !== request;
    let result: LoadResult;
    try {
      result = await request;
    } catch (error) {
      if (say()) {
        this.saidWithoutMap = request;
        this.reportLoadError(error);
      }
      return;
    }
    if (token !== this.loadToken || this.mapLayer.map || request !== this.pending) return; // (another source asked for since)
    if (this.loaded !== result) {
      this.loaded = result;
      this.unavailable = false;
      this.collection = this.prepare(result.collection);
      this.shownFeaturesChanged();
      this.describeChanged();
      this.dispatchEvent(new KnDataProgressEvent({ fraction: 1 })); // read: its progress bar goes
    }
    if (say()) {
      this.saidWithoutMap = request;
      this.dispatchEvent(new KnDataLoadEvent({ count: this.collection.features.length, bbox: bboxOf(this.collection) }));
    }
  }

  /**
   * What the layer draws, for the map's still picture (see `StillScene`): its GeoJSON source with the data shown
   * (clustered as the source clusters), the derived sources, its style layers, the images they name and the data's
   * credit. Undefined for vector tiles, which the still picture does not draw.
   */
  stillScene(): StillScene | undefined {
    if (this.tileSet?.described || this.tilesKey()) return undefined;
    const options = this.sourceOptions();
    const cluster = options.cluster
      ? { cluster: { radius: options.clusterRadius ?? 50, maxZoom: Math.min(options.clusterMaxZoom ?? 17, (options.maxzoom ?? 18) - 1), minPoints: options.clusterMinPoints ?? 2 } }
      : {};
    const derived = Object.entries(this.derivedSources(this.collection)).map(([name, data]) => [this.layerId(name), { data }]);
    // The selected point drawn on top is the loaded feature itself here (not a copy with its id on the map, as
    // `selectedData` gives MapLibre): a click on it in the picture picks it, and lists it once.
    const selected: FeatureCollection = { type: 'FeatureCollection', features: this.selectedPoint ? [this.selectedPoint] : [] };
    return {
      sources: { [this.sourceId]: { data: this.collection, ...cluster }, ...Object.fromEntries(derived), [this.layerId(SELECTED_SOURCE)]: { data: selected } },
      layers: this.currentStyle(),
      images: this.images(),
      attribution: typeof options.attribution === 'string' ? options.attribution : undefined,
    };
  }

  /** @internal Part of the layer contract, called by MapLayerController. */
  async addToMap(map: MaplibreMap): Promise<void> {
    const key = this.tilesKey();
    const described = await this.describeTiles(map);
    if (described === null) return;
    this.mount(map, described, key);
    if (!described) await this.show(map);
  }

  /** Adds the source (GeoJSON, or the described vector tiles), the style layers and the click handlers. */
  private mount(map: MaplibreMap, described: DescribedTiles | undefined, key: string): void {
    this.mountedTiles = key;
    if (described) this.tileSet?.watch(map, described);
    // Asked again for images the style names but the map lacks: a new `color` names new ones.
    this.removeImages?.();
    this.removeImages = provideImages(map, () => this.images());
    this.addSources(map, described);
    this.addedToMap(map);
    // `tiles` changed while this set was being read: go on to the one asked for now.
    if (key !== this.tilesKey()) void this.replaceTiles(map);
  }

  /**
   * The sources (with the current data) and style layers, stacked among the map's other layers by page order
   * (see `restack`): areas and lines below the basemap's labels, everything else on top.
   */
  private addSources(map: MaplibreMap, described: DescribedTiles | undefined): void {
    const options = this.sourceOptions();
    this.mountedOptions = JSON.stringify(options);
    map.addSource(this.sourceId, described?.source ?? { type: 'geojson', data: this.mapData(), ...options });
    for (const [name, data] of Object.entries(this.ownSources(described ? EMPTY : this.collection))) {
      map.addSource(this.layerId(name), { type: 'geojson', data });
    }
    const firstLabel = belowLabels(map);
    const style = this.currentStyle();
    for (const layer of style) map.addLayer(layer, isAreaLike(layer.type) ? firstLabel : undefined);
    this.mountedStyle = style.map(({ id, type }) => ({ id, type }));
    restack(map, this.mapLayer.registry?.layers ?? [this]);
  }

  /** Takes every style layer drawing from this element's sources off. */
  private removeSources(map: MaplibreMap): void {
    this.mountedStyle = undefined;
    const sources = new Set(this.mapIds().sources);
    for (const id of map.getLayersOrder()) {
      if (sources.has((map.getLayer(id) as { source?: string } | undefined)?.source ?? '')) map.removeLayer(id);
    }
  }

  private removeSourceObjects(map: MaplibreMap): void {
    for (const name of ['source', ...Object.keys(this.ownSources(EMPTY))]) {
      if (map.getSource(this.layerId(name))) map.removeSource(this.layerId(name));
    }
  }

  /**
   * Source options changed (clustering, a credit): maplibre cannot change them on a source, so the source and
   * its style layers go on the map again, stacked by page order as before, with the data shown, the
   * highlight kept and the hooks (`removingFromMap`, `addedToMap`) run around it.
   */
  private remountIfOptionsChanged(map: MaplibreMap): void {
    if (this.tileSet?.described || this.mountedOptions === undefined || JSON.stringify(this.sourceOptions()) === this.mountedOptions) return;
    const highlighted = this.highlighted;
    this.removeSources(map);
    this.removingFromMap(map);
    this.removeSourceObjects(map);
    this.addSources(map, undefined);
    this.addedToMap(map);
    if (highlighted !== undefined) map.setFeatureState({ source: this.sourceId, id: highlighted }, { selected: true });
  }

  /** Reads the `tiles` set: undefined without `tiles`, null when it cannot be read (the error is reported). */
  private async describeTiles(map: MaplibreMap): Promise<DescribedTiles | undefined | null> {
    const tiles = this.tiles?.trim();
    if (!tiles) return undefined;
    if (this.theme.vectorTiles === false) {
      void this.reportNotice('data-tiles', 'tiles-unsupported', {});
      return undefined; // shows its other data instead
    }
    const options = { sourceLayer: this.sourceLayer, idField: this.idField, maxZoom: this.tilesMaxZoom, timeoutMs: getConfig().dataTimeoutMs };
    try {
      const { TileSetController } = await import('./tiles/tile-set-controller.js');
      this.tileSet ??= new TileSetController({
        sourceId: () => this.sourceId,
        tileFeaturesChanged: (features, described) => this.showTileFeatures(features, described),
        tilesFailed: (error) => this.reportLoadError(error),
      });
      const described = await this.tileSet.describe(tiles, options);
      return this.mapLayer.map === map ? described : null;
    } catch (error) {
      if (this.mapLayer.map === map) this.reportLoadError(error);
      return null;
    }
  }

  private tilesKey(): string {
    return this.tiles?.trim() && this.theme.vectorTiles !== false ? JSON.stringify([this.tiles.trim(), this.sourceLayer, this.idField, this.tilesMaxZoom]) : '';
  }

  /** Another tile set (or none) was asked for: swap it in once it is readable, so a failure keeps what is shown. */
  private async replaceTiles(map: MaplibreMap): Promise<void> {
    const wanted = this.tilesKey();
    this.mountedTiles = wanted;
    const described = await this.describeTiles(map);
    if (described === null || this.tilesKey() !== wanted || this.mapLayer.map !== map) return;
    this.removeFromMap(map);
    this.collection = EMPTY;
    this.loaded = undefined;
    this.selectedPoint = undefined; // of the tiles before
    this.mount(map, described, wanted);
    if (!described) await this.show(map);
  }

  private showTileFeatures(features: Feature[], described: DescribedTiles): void {
    // The highlight stays: its feature-state is keyed on the tiles' own feature id, which new tiles keep.
    this.collection = { type: 'FeatureCollection', features };
    this.unavailable = false;
    this.pushDerived();
    this.describeChanged();
    this.dispatchEvent(new KnDataLoadEvent({ count: features.length, bbox: described.bounds ?? bboxOf(this.collection) }));
  }

  /** @internal Part of the layer contract, called by MapLayerController. */
  removeFromMap(map: MaplibreMap): void {
    this.loadToken++;
    this.mountedTiles = undefined;
    this.mountedOptions = undefined;
    this.viewData?.detach(map);
    this.shownKey = undefined;
    this.highlighted = undefined;
    this.removeSources(map);
    this.tileSet?.unwatch();
    this.removingFromMap(map);
    this.removeImages?.();
    this.removeImages = undefined;
    this.removeSourceObjects(map);
  }

  /** The images the style layers name: the theme's (`styleImages`) and, when the source clusters, the cluster badge. */
  private images(): Record<string, ImageRecipe> {
    const badge = this.sourceOptions().cluster ? { [this.clusterBadgeName()]: clusterBadge(this.clusterShape(), this.effectiveColor) } : {};
    return { ...badge, ...this.styleImages() };
  }

  /** The name of the cluster badge's image in the layer's shape and colour (`LayerStyleInput.clusterBadge`). */
  private clusterBadgeName(): string {
    return clusterBadgeName((name) => this.layerId(name), this.clusterShape(), this.effectiveColor);
  }

  // ---- for themed layers ----

  protected layerId(name: string): string {
    return `${this.idPrefix}-${name}`;
  }

  protected get sourceId(): string {
    return this.layerId('source');
  }

  /** The map's language. */
  protected get lang$(): Lang {
    return this.mapLayer.value?.lang ?? this.mapLang;
  }

  /** "12 Objekte angezeigt": how many features the map shows, for filter controls. Themes name their features. */
  protected shownText(count: number, lang: Lang): string {
    return shownText(count, lang);
  }

  /**
   * The features shown were replaced (new data, or `prepare` ran again: `refiltered`, the same data through changed
   * filters), before they go to the map: a layer that shows something about its features besides (the nearest one
   * found) follows them here.
   */
  protected shownFeaturesChanged(_refiltered = false): void {}

  /** Tells the map's controls that the description changed. */
  protected describeChanged(): void {
    this.mapLayer.registry?.changed(this);
  }

  /** Re-derives the shown data (after `prepare` inputs changed) without reloading it. */
  protected refreshPrepared(): void {
    const map = this.mapLayer.map;
    if (!this.loaded || this.tileSet?.described) return;
    const before = this.collection;
    this.collection = this.prepare(this.loaded.collection);
    this.shownFeaturesChanged(true);
    if (map) this.pushToMap(map);
    this.describeChanged();
    this.renewSelection(before);
  }

  /**
   * After `prepare` ran again on the same data: a selected feature of this layer is followed to its new version (the
   * same object, or the one with its geometry: `prepare` copies properties, not geometries), or, filtered out, is no
   * longer selected (a details panel closes rather than describe what the map no longer shows).
   */
  private renewSelection(before: FeatureCollection): void {
    const registry = this.mapLayer.registry;
    const selected = registry?.selection;
    if (!registry || selected?.layer !== this) return;
    const index = before.features.indexOf(selected.feature);
    const features = this.collection.features;
    const geometry = selected.feature.geometry;
    const renewed = features.includes(selected.feature) ? selected.feature : geometry ? features.find((feature) => feature.geometry === geometry) : undefined;
    // Gone: no selection, no highlight (maplibre keeps feature states by index across new data).
    if (!renewed) return registry.clearSelection();
    registry.renewSelected(this, renewed);
    // The highlight goes by the feature's index on the map; the point on top shows the feature as it is now.
    if (features.indexOf(renewed) !== index || renewed !== selected.feature) this.highlight(renewed);
  }

  /** The last successful load, as read (before `prepare`). */
  protected loaded?: LoadResult;
  /** The last load failed and nothing is shown: the description has a note `unavailable`. */
  private unavailable = false;

  /** Fires `kn-error`; with `retell`, the map's notice follows a change of language. */
  protected reportError(code: KnErrorCode, message: string, retell?: Retell): void {
    this.dispatchEvent(new KnErrorEvent({ code, message }, retell));
  }

  /**
   * The class's input table, merged with those of the classes it extends (so a subclass that forgets to spread
   * the base table still reloads on `src`, restyles on `color` …).
   */
  private get inputs(): InputTable {
    let merged = inputTables.get(this.constructor);
    if (!merged) {
      const tables: InputTable[] = [];
      for (let type: unknown = this.constructor; typeof type === 'function' && type !== LitElement; type = Object.getPrototypeOf(type)) {
        if (Object.hasOwn(type, 'inputs')) tables.unshift((type as unknown as { inputs: InputTable }).inputs);
      }
      merged = Object.assign({}, ...tables) as InputTable;
      inputTables.set(this.constructor, merged);
    }
    return merged;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const lang = this.mapLayer.value?.lang;
    if (lang && lang !== this.mapLang) this.mapLang = lang; // part of this update's changes
  }

  /** Runs the stages (inputs.ts) that the changed properties feed, as the class's `inputs` table says. */
  protected override updated(changed: PropertyValues): void {
    const stages = stagesFor(this.inputs, changed.keys());
    // Switched off: what it showed is no longer selected (a details panel closes), nor highlighted when it is back.
    if (changed.has('hidden') && this.hidden && this.mapLayer.registry?.selection?.layer === this) this.mapLayer.registry.clearSelection();
    // Left out by a filter that works in the style (`isShown`: a generic layer's `categories`): no longer selected either,
    // as a feature filtered out of the data is not (`renewSelection`); its ring and details would point at nothing.
    const selection = this.mapLayer.registry?.selection;
    if (stages.has('style') && selection?.layer === this && !this.isShown(selection.feature)) this.mapLayer.registry!.clearSelection();
    if (stages.has('description')) this.describeChanged();
    // (A new input in the same update is checked when it is in: the data shown now may not be what the field is for.)
    if (changed.has('categoryField') && this.loaded && !this.reading && !stages.has('data')) void this.sayMissingField();
    const map = this.mapLayer.map;
    if (!map) {
      // No map yet, or only its still picture: the data and its drawing stay up to date for the picture and the controls.
      if (this.mapLayer.value) {
        if (stages.has('data') || changed.size === 0) void this.prefetch();
        if (stages.has('prepare')) this.refreshPrepared();
        else if (!stages.has('description') && (stages.has('style') || stages.has('derived') || stages.has('source'))) this.describeChanged();
      }
      return;
    }
    // `requestUpdate()` without a property (e.g. after the inline script was edited) looks at the data too.
    if (stages.has('tiles') || stages.has('data') || changed.size === 0) {
      if (this.mountedTiles !== undefined && this.mountedTiles !== this.tilesKey()) void this.replaceTiles(map);
      else if (this.shownKey && !sameKey(this.shownKey, this.dataKey())) void this.show(map);
    }
    if (stages.has('source')) this.remountIfOptionsChanged(map);
    if (stages.has('prepare')) this.refreshPrepared();
    else if (stages.has('derived')) this.pushDerived(map);
    if (stages.has('style')) applyStyleDiff(map, this.currentStyle());
  }

  // ---- loading ----

  private dataKey(): DataKey {
    const inline = this.inlineScript();
    const view = this.followsView ? [this.viewData?.version ?? 0] : [];
    const own = this as unknown as Record<string, unknown>;
    return [inline, ...inputsOf(this.inputs, 'data').map((key) => own[key]), ...view];
  }

  private inlineScript(): string | undefined {
    const text = this.querySelector('script[type="application/geo+json"]')?.textContent;
    return text?.trim() ? text : undefined;
  }

  /** True when the data comes from an OGC API Features items endpoint or a FlatGeobuf file, loaded for the map's view. */
  private get followsView(): boolean {
    return this.viewSource !== undefined;
  }

  /** Which reader loads the data for the view (data/view-reader.ts); undefined when it is read whole. */
  private get viewSource(): ViewSource | undefined {
    if (this.data || this.inlineScript()) return undefined;
    const src = this.src?.trim() || getConfig().dataUrls[this.theme.kind];
    return src ? viewSourceOf(src, this.format) : undefined;
  }

  /** The download-and-read for the current source; shared by prefetch and show. */
  private request(): Promise<LoadResult> {
    const key = this.dataKey();
    if (!this.pending || !sameKey(this.pendingKey, key)) {
      this.pendingKey = key;
      const pending = (this.pending = this.read());
      // Loading until it is read and shown (or failed and said): see `dataState`.
      this.reading = pending;
      const done = () => void (this.reading === pending && (this.reading = undefined));
      pending.then(done, done);
    }
    return this.pending;
  }

  private async read(): Promise<LoadResult> {
    const options = {
      crs: this.crs,
      latField: this.latField,
      lonField: this.lonField,
      encoding: this.encoding,
      sourceLayer: this.sourceLayer,
      onProgress: this.onProgress(0.5),
    };
    // The data pipeline is a chunk of its own (pages without data layers never load it), asked for at once so
    // that it arrives while the file downloads.
    const pipeline = import('../data/load-data.js');
    pipeline.catch(() => undefined); // a branch that never awaits it must not leave a failed import unhandled
    if (this.data) return (await pipeline).loadObject(this.data, options);
    const format = (VIEW_FORMATS as readonly string[]).includes(this.format ?? '') && this.format !== 'flatgeobuf' ? undefined : (this.format as DataFormat | undefined);
    const inline = this.inlineScript();
    if (inline) return (await pipeline).loadData(inline, { ...options, format: format ?? 'geojson' });
    const siteDefault = getConfig().dataUrls[this.theme.kind];
    const src = this.src?.trim() || siteDefault || (this.theme.bundledData && assetUrl(this.theme.bundledData));
    if (!src) throw new MissingDataError();
    const url = resolveDataUrl(src, document.baseURI);
    if (this.followsView) {
      const view = { ...options, source: this.viewSource, maxFeatures: this.maxFeatures, timeoutMs: getConfig().dataTimeoutMs, onFetchProgress: this.onProgress(0), typeName: this.typeName?.trim() || undefined, lang: this.mapLang };
      return (await this.viewDataController()).read(url, view, (truncation) => this.reportTruncation(truncation));
    }
    const [file, { loadData }] = await Promise.all([fetchData(url, getConfig().dataTimeoutMs, this.onProgress(0)), pipeline]);
    return loadData(file.bytes, { ...options, format, contentType: file.contentType, url });
  }

  /** The view's reader (view-data-controller.ts), loaded with its chunk the first time this layer's data follows the view. */
  private async viewDataController(): Promise<ViewDataController> {
    const { ViewDataController } = await import('./view-data-controller.js');
    return (this.viewData ??= new ViewDataController({
      followsView: () => this.followsView,
      reloadForView: () => {
        const map = this.mapLayer.map;
        if (map) void this.show(map);
      },
    }));
  }

  private async show(map: MaplibreMap): Promise<void> {
    if (this.followsView) {
      const viewData = await this.viewDataController().catch(() => undefined); // (a chunk that does not load: read() reports it)
      if (this.mapLayer.map !== map) return;
      viewData?.attach(map);
    }
    const token = ++this.loadToken;
    const key = this.dataKey();
    this.shownKey = key;
    let result: LoadResult;
    try {
      result = await this.request();
    } catch (error) {
      if (token === this.loadToken) this.reportLoadError(error);
      return;
    }
    if (token !== this.loadToken || this.mapLayer.map !== map) return;
    // Read before the map came (loadWithoutMap) and prepared since: the features stay the objects lists and a selection hold.
    const fresh = this.loaded !== result;
    this.loaded = result;
    this.unavailable = false;
    this.highlight(null); // maplibre keeps feature-state across setData: the old index would stay drawn
    if (fresh) {
      this.collection = this.prepare(result.collection);
      this.shownFeaturesChanged();
    }
    this.pushToMap(map);
    this.remountIfOptionsChanged(map); // e.g. the bundled data's credit goes with it
    this.describeChanged();
    this.dispatchEvent(new KnDataProgressEvent({ fraction: 1 }));
    // Data that follows the view is loaded again on every pan: its faults are said once per source, not each time.
    const source = this.followsView ? this.src : undefined;
    if (result.skipped > 0 && (!source || this.skippedSaidFor !== source)) {
      this.skippedSaidFor = source;
      const params = { count: result.skipped, shown: result.collection.features.length };
      // Said before kn-data-load, as a page listening for both expects.
      await this.reportNotice('data-skipped', result.skipped === 1 ? 'data-skipped-one' : 'data-skipped', params);
      if (token !== this.loadToken) return; // a newer load took over meanwhile
    }
    if (result.notices.length > 0 && (!source || this.noticesSaidFor !== source)) {
      this.noticesSaidFor = source;
      const url = this.src ?? '';
      for (const notice of result.notices) {
        await this.reportLater(notice.code, ({ loadNoticeMessage }, lang) => loadNoticeMessage(notice, { lang, layer: this.displayName(lang), url }));
        if (token !== this.loadToken) return; // a newer load took over meanwhile: its notices count, not these
      }
    }
    await this.sayMissingField();
    if (token !== this.loadToken) return;
    this.dispatchEvent(new KnDataLoadEvent({ count: this.collection.features.length, bbox: bboxOf(this.collection) }));
  }

  /**
   * A `category-field` the page gave that no feature has (misspelt): said with the fields the data has, after a load
   * and when the attribute changes. Not for data that follows the view, nor vector tiles.
   */
  private async sayMissingField(): Promise<void> {
    const field = this.getAttribute('category-field')?.trim();
    const key = `${this.src ?? ''} ${field}`;
    // (Data that follows the view holds only the features in view: a field missing there may be elsewhere.)
    if (!field || this.fieldSaidFor === key || this.followsView || this.tileSet?.described) return;
    const fields = fieldsWithout(this.collection.features, field);
    if (!fields) return;
    this.fieldSaidFor = key;
    await this.reportNotice('data-notice', 'category-field-missing', { field, fields: fields.join(', ') });
  }

  /** The map gets a copy whose feature ids are the indices into `features`, to find a clicked feature again. */
  private mapData(): FeatureCollection {
    return { type: 'FeatureCollection', features: this.collection.features.map((feature, index) => ({ ...feature, id: index })) };
  }

  private pushToMap(map: MaplibreMap): void {
    if (this.tileSet?.described) return; // the tiles are the data
    (map.getSource(this.sourceId) as GeoJSONSource | undefined)?.setData(this.mapData());
    this.pushDerived(map);
  }

  /** Recomputes the derived sources (after an input of `derivedSources` changed). */
  protected pushDerived(map: MaplibreMap | undefined = this.mapLayer.map): void {
    if (!map) return;
    for (const [name, data] of Object.entries(this.derivedSources(this.collection))) {
      (map.getSource(this.layerId(name)) as GeoJSONSource | undefined)?.setData(data);
    }
  }

  private onProgress(offset: number): (fraction: number) => void {
    return (fraction) => this.dispatchEvent(new KnDataProgressEvent({ fraction: Math.min(0.99, offset + fraction / 2) }));
  }

  private reportTruncation({ shown, total }: Truncation): void {
    const key = total === undefined ? 'data-truncated' : 'data-truncated-total';
    void this.reportNotice('data-truncated', key, { shown, total: total ?? '' });
  }

  /**
   * Reports what the load messages' chunk says (a chunk of its own: most pages never need it). Should that chunk
   * not load (offline, a new release on the server), the layer still says that something failed, as `fallback`.
   * The map's notice is worded again, layer name and all, when the language changes.
   */
  private async reportLater(fallback: KnErrorCode, say: (chunk: LoadMessagesChunk, lang: Lang) => ReportedError | Promise<ReportedError>): Promise<void> {
    const tell = (lang: Lang): Promise<ReportedError> =>
      import('./load-error-message.js')
        .then((chunk) => say(chunk, lang))
        .catch(() => ({ code: fallback, message: msg(lang, 'error.data-unavailable', { layer: this.displayName(lang) }) }));
    const { code, message } = await tell(this.lang$);
    this.reportError(code, message, async (lang) => (await tell(lang)).message);
  }

  /** A notice (skipped, cut off, no tiles) from the load messages' chunk; it names the layer. */
  private reportNotice(code: KnErrorCode, key: LoadMessageKey, params: MessageParams): Promise<void> {
    return this.reportLater(code, ({ loadMessages }, lang) => ({ code, message: loadMessages(lang, key, { layer: this.displayName(lang), ...params }) }));
  }

  /**
   * Says why the data could not be loaded; where nothing of the layer is shown (no earlier data kept), the layer's
   * description says so too (a note `unavailable`), for the legend and the layer switcher once the notice is gone.
   */
  private reportLoadError(error: unknown): void {
    if (!this.collection.features.length && !this.unavailable) {
      this.unavailable = true;
      this.describeChanged();
    }
    const url = (this.tilesKey() ? this.tiles : this.src) ?? '';
    void this.reportLater('data-network', ({ loadErrorMessage }, lang) => loadErrorMessage(error, { lang, layer: this.displayName(lang), url }));
  }

  // ---- style and interaction ----

  private currentStyle(): LayerSpecification[] {
    const opacity = Number.isFinite(this.opacity) ? Math.min(1, Math.max(0, this.opacity)) : 1;
    const input: LayerStyleInput = {
      id: (name) => this.layerId(name),
      source: this.sourceId,
      color: this.effectiveColor,
      opacity,
      visible: !this.hidden,
      clusterBadge: this.clusterBadgeName(),
    };
    const own = this.styleLayers(input);
    const style = withSelectedOnTop(withSelection(own, selectionLayers(input)), selectedOnTop(own, input));
    return withSourceLayer(style, this.sourceId, this.tileSet?.described?.sourceLayer);
  }

  /** The loaded feature behind a rendered one (maplibre returns copies, with nested properties as strings). */
  private findLoaded(rendered: { id?: string | number }): Feature | undefined {
    if (this.tileSet?.described) {
      return rendered.id === undefined ? undefined : this.collection.features.find((feature) => feature.id === rendered.id);
    }
    return typeof rendered.id === 'number' ? this.collection.features[rendered.id] : undefined;
  }

  override render() {
    return html``;
  }
}
