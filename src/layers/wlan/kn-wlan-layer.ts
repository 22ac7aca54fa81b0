import circle from '@turf/circle';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { property, state } from 'lit/decorators.js';
import type { LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang.js';
import type { RegistryTopic } from '../../registry/layer-registry.js';
import type { DescribedField, Facet, LegendRow } from '../../registry/layer-description.js';
import { KnDataLayer, type LayerStyleInput, type LayerTheme } from '../data-layer.js';
import { shownText } from '../describe-features.js';
import type { InputTable } from '../inputs.js';
import type { AttributeProblem } from '../validate-attributes.js';
import { coverageRadius, coverageRule, wlanFields, wlanLegend } from './wlan-description.js';
import { t, VALUE_KEYS } from './wlan.messages.js';
import { cityValueLabel, wordFor } from '../city-values.js';
import type { NearestResult } from '../nearest/nearest-point.js';
import { ShownNearest, visitorPosition, type StartLabel } from '../nearest/shown-nearest.js';
import { isPlanned } from './planned.js';
import { WLAN_COLOR, wlanImages, wlanStyle } from './wlan-style.js';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The most coverage circles joined into one area. @turf/union 7 works on the main thread: on a 2-core desktop about
 * 0.1 s for Konstanz's 10 circles, 0.5–0.8 s for 100 to 200 (80 m circles in a city's spread; a phone is some times
 * slower; turf issue #2851). A city's hotspots are some dozens; more are drawn each on its own.
 */
const JOIN_LIMIT = 200;

/**
 * Public WLAN hotspots. Without a source it shows the bundled Konstanz-WLAN access points (Stadtwerke
 * Konstanz GmbH) and the hotspots the council approved later (`status: geplant`, location approximate).
 *
 * @tagname kn-wlan-layer
 * @summary WLAN hotspots: clusters, active vs. planned, coverage radius, nearest hotspot.
 *
 * @slot - An optional `<script type="application/geo+json">` with the data inline.
 *
 * @cssprop --kn-wlan-color - The layer's colour when `color` is not set (also `--kn-layer-color` for all layers).
 *
 * @event {KnDataLoadEvent} kn-data-load - The hotspots are shown. `detail: {count, bbox}`.
 * @event {KnDataProgressEvent} kn-data-progress - Progress while a large file loads. `detail: {fraction}`.
 * @event {KnSelectEvent} kn-select - A hotspot was clicked. `detail: {layer, feature}`.
 * @event {KnNearestEvent} kn-nearest - The nearest hotspot to a point was found. `detail: {from, feature, distance}`.
 * @event {KnErrorEvent} kn-error - The data could not be loaded or read, or an attribute is invalid (`coverage="achtzig"`). `detail: {code, message}`.
 * @csspart outside-map - The message the layer shows where it stands when it is outside every `<kn-map>` (it fires `kn-error` `layer-outside-map` then).
 */
export class KnWlanLayer extends KnDataLayer {
  protected readonly theme: LayerTheme = {
    kind: 'wlan',
    color: WLAN_COLOR,
    label: (lang) => t(lang, 'name'),
    bundledData: 'data/wlan-konstanz.geojson',
    bundledAttribution: 'WLAN: Stadtwerke Konstanz',
    dataLang: 'de',
  };

  /** Draws each hotspot's coverage radius, in metres (e.g. `coverage="80"`); anything but a number up to 50000 is reported and ignored. */
  @property({ type: Number }) coverage?: number;

  /** A click on the map (not on a hotspot) finds and shows the nearest active hotspot. */
  @property({ attribute: 'nearest-on-click', type: Boolean }) nearestOnClick = false;

  /** The joining code (`coverage-area.ts`), once loaded: a page with `coverage` loads it with its first circles. */
  @state() private joiner?: typeof import('./coverage-area.js');

  static override inputs: InputTable = {
    ...KnDataLayer.inputs,
    coverage: ['derived', 'description'],
    joiner: ['derived'],
    categoryField: [...KnDataLayer.inputs.categoryField, 'derived'], // which hotspots are in service
    nearestOnClick: [], // read on each click
    mapLang: [...KnDataLayer.inputs.mapLang, 'derived'], // the label at the nearest line's start
  };

  private readonly nearest = new ShownNearest({
    target: this,
    registry: () => this.mapLayer.registry,
    redraw: () => this.pushDerived(),
    hasPlace: (feature) => this.hasPlace(feature),
  });

  constructor() {
    super();
    this.categoryField = 'status';
  }

  protected override sourceOptions() {
    return { ...super.sourceOptions(), cluster: true, clusterRadius: 40, clusterMaxZoom: 15 };
  }

  protected override styleLayers(input: LayerStyleInput): LayerSpecification[] {
    return wlanStyle({ ...input, statusField: this.categoryField ?? 'status', nameField: this.nameField });
  }

  /** The room of a hotspot's dot (see `wlanImages`). */
  protected override styleImages() {
    return wlanImages((name) => this.layerId(name));
  }

  protected override selectableLayers(): string[] {
    return ['active', 'planned'];
  }

  protected override legendRows(lang: Lang): LegendRow[] {
    return wlanLegend(this.effectiveColor, coverageRadius(this.coverage), lang);
  }

  protected override fields(lang: Lang): DescribedField[] {
    return wlanFields(this.categoryField ?? 'status', lang);
  }

  /** The status ("aktiv" → "in operation") and how exact the position is ("ungefähr" → "approximate"), in `lang`. */
  override valueLabel(key: string, value: unknown, lang: Lang): string | undefined {
    if (key === (this.categoryField ?? 'status')) return wordFor(t, VALUE_KEYS, 'value', value, lang);
    return cityValueLabel(key, value, lang);
  }

  protected override attributeProblems(lang: Lang): AttributeProblem[] {
    const coverage = this.numberProblem('coverage', 'coverage', coverageRule(lang));
    return [...super.attributeProblems(lang), ...(coverage ? [coverage] : [])];
  }

  /** "Where is the nearest hotspot?" (`<kn-nearest>`). */
  protected override facets(lang: Lang): Facet[] {
    return [
      { kind: 'nearest', label: t(lang, 'nearest.label'), result: t(lang, 'nearest.result'), none: t(lang, 'nearest.none'), choice: t(lang, 'nearest.choice') },
    ];
  }

  protected override shownText(count: number, lang: Lang): string {
    return shownText(count, lang, { one: t(lang, 'shown.one'), other: t(lang, 'shown.other') });
  }

  protected override derivedSources(collection: FeatureCollection): Record<string, FeatureCollection> {
    return { coverage: this.coverageCircles(collection), nearest: this.nearest.source(this.lang$) };
  }

  /**
   * The nearest active hotspot (planned ones too with `includePlanned`) to a point, with the straight-line
   * distance in metres; shown on the map as a dotted line and announced with `kn-nearest`. `label`: the point's
   * label on the map ("Ihr Standort"; text, or text in the map's language). The point stays in the page.
   */
  showNearest(from: [number, number], { includePlanned = false, label }: { includePlanned?: boolean; label?: StartLabel } = {}): NearestResult | null {
    const status = this.categoryField ?? 'status';
    return this.nearest.show(from, this.features, (f) => includePlanned || !isPlanned(f.properties?.[status]), label);
  }

  /**
   * Asks the browser for the user's position (the browser asks for consent) and shows the nearest hotspot, the
   * position labelled "Ihr Standort". The position is not sent anywhere.
   */
  async showNearestToMe(): Promise<NearestResult | null> {
    return this.showNearest(await visitorPosition(), { label: (lang) => t(lang, 'nearest.me') });
  }

  /**
   * @internal A place chosen or cleared in the search while a nearest line is shown: the start's label moves onto or
   * off the search's pin. Told by the layer's MapLayerController.
   */
  registryChanged(topics: ReadonlySet<RegistryTopic>): void {
    this.nearest.registryChanged(topics);
  }

  /** New data, or filters: a result no longer shown goes. */
  protected override shownFeaturesChanged(): void {
    this.nearest.follow(this.features);
  }

  /** Removes the nearest-hotspot line. */
  clearNearest(): void {
    this.nearest.clear();
  }

  /** A click beside every point: with `nearest-on-click`, shows the nearest active hotspot to it. */
  clickedBeside(lngLat: [number, number]): boolean {
    if (!this.nearestOnClick || this.hidden) return false;
    const result = this.showNearest(lngLat);
    if (result) this.select(result.feature);
    return true;
  }

  /**
   * The coverage: one circle of `coverage` metres round each hotspot in service, joined into one area where the
   * joining code is in (loaded with the first circles, only on pages with `coverage`; up to `JOIN_LIMIT` circles),
   * so that overlaps are not drawn darker nor crossed by the others' edges. Remembered for the data, radius and
   * status field it was made from: the nearest line's redraws and a new language do not join again.
   */
  private coverageCircles(collection: FeatureCollection): FeatureCollection {
    const radius = coverageRadius(this.coverage);
    if (radius === null) return EMPTY;
    // Only hotspots in service: a circle round a planned one would promise WLAN that is not there yet.
    const status = this.categoryField ?? 'status';
    const joiner = this.joiner;
    const made = this.coverageMade;
    if (made && made.from === collection && made.radius === radius && made.status === status && (made.joined || !joiner)) return made.area;
    const circles: Feature<Polygon>[] = collection.features
      .filter((f) => f.geometry?.type === 'Point' && !isPlanned(f.properties?.[status]))
      .map((f) => circle((f.geometry as { coordinates: number[] }).coordinates, radius, { units: 'meters', steps: 48 }));
    const some = circles.length > 1 && circles.length <= JOIN_LIMIT;
    if (some && !joiner) void this.loadJoiner();
    const area: FeatureCollection = some && joiner ? joiner.coverageArea(circles) : { type: 'FeatureCollection', features: circles };
    // (A join that failed is not tried again for the same circles: they are drawn each on its own.)
    this.coverageMade = { from: collection, radius, status, area, joined: !!joiner || !some };
    return area;
  }

  private coverageMade?: { from: FeatureCollection; radius: number; status: string; area: FeatureCollection; joined: boolean };

  private async loadJoiner(): Promise<void> {
    if (this.joinerLoading) return;
    this.joinerLoading = true;
    try {
      this.joiner = await import('./coverage-area.js');
    } catch {
      // (The chunk could not be loaded: the circles drawn stay, each on its own; tried again with the next data.)
      this.joinerLoading = false;
    }
  }

  private joinerLoading = false;
}
