import type { Feature, FeatureCollection } from 'geojson';
import { property } from 'lit/decorators.js';
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang.js';
import type { RegistryTopic } from '../../registry/layer-registry.js';
import type { DescribedField, Facet, LegendRow } from '../../registry/layer-description.js';
import { asText } from '../../text/as-text.js';
import { KnDataLayer, type LayerStyleInput, type LayerTheme } from '../data-layer.js';
import { shownText } from '../describe-features.js';
import type { InputTable } from '../inputs.js';
import type { NearestResult } from '../nearest/nearest-point.js';
import { ShownNearest, visitorPosition, type StartLabel } from '../nearest/shown-nearest.js';
import type { AttributeProblem } from '../validate-attributes.js';
import { matchesFilters, PROJECTS_COLOR, projectFilters, type ProjectFilters } from './projects.js';
import { projectsFacets, projectsLegend, projectsNearestFacet } from './projects-description.js';
import { CLUSTER_SHAPE, projectImages, projectsStyle } from './projects-style.js';
import { knownValueName, t, valueName } from './projects.messages.js';
import { cityValueLabel } from '../city-values.js';

/**
 * Smart Green City project locations with title, field of action (Handlungsfeld), status, description and
 * link. Without a source it shows projects named in the city's public documents; where a project has no
 * place of its own its location is assumed (`lage: angenommen`).
 *
 * @tagname kn-projects-layer
 * @summary Smart Green City projects: symbol per field of action, filters, clusters, nearest project.
 *
 * @slot - An optional `<script type="application/geo+json">` with the data inline.
 *
 * @cssprop --kn-projects-color - The layer's colour when `color` is not set (also `--kn-layer-color` for all layers).
 *
 * @event {KnDataLoadEvent} kn-data-load - The projects are shown. `detail: {count, bbox}`.
 * @event {KnDataProgressEvent} kn-data-progress - Progress while a large file loads. `detail: {fraction}`.
 * @event {KnSelectEvent} kn-select - A project was clicked. `detail: {layer, feature}`.
 * @event {KnNearestEvent} kn-nearest - The nearest project to a point was found. `detail: {from, feature, distance}`.
 * @event {KnErrorEvent} kn-error - The data could not be loaded or read, or `categories`/`status` name unknown values. `detail: {code, message}`.
 * @csspart outside-map - The message the layer shows where it stands when it is outside every `<kn-map>` (it fires `kn-error` `layer-outside-map` then).
 */
export class KnProjectsLayer extends KnDataLayer {
  protected readonly theme: LayerTheme = {
    kind: 'projects',
    color: PROJECTS_COLOR,
    label: (lang) => t(lang, 'name'),
    bundledData: 'data/sgc-projekte.geojson',
    bundledAttribution: (lang) => t(lang, 'credit'),
    vectorTiles: false, // draws what prepare() computes from the whole data set
    dataLang: 'de',
  };

  /**
   * Show only these fields of action, comma-separated (e.g. `Smarte Mobilität, Smarte Stadt`). Empty: all. A value
   * that is neither a field of action nor in the data is ignored and reported (`kn-error` `invalid-attribute`).
   */
  @property() categories?: string;

  /** Show only projects with these statuses, comma-separated (`geplant`, `in Umsetzung`, `abgeschlossen`). Empty: all. Unknown values: as `categories`. */
  @property() status?: string;

  /** Property holding a project's status. */
  @property({ attribute: 'status-field' }) statusField = 'status';

  static override inputs: InputTable = {
    ...KnDataLayer.inputs,
    categories: ['prepare', 'description'],
    status: ['prepare', 'description'],
    statusField: ['prepare', 'style', 'description'],
    categoryField: ['prepare', 'style', 'description'],
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
    this.categoryField = 'handlungsfeld';
  }

  protected override sourceOptions(): Partial<GeoJSONSourceSpecification> {
    return { ...super.sourceOptions(), cluster: true, clusterRadius: 36, clusterMaxZoom: 13 };
  }

  /** Filtering happens on the data so that cluster counts match what is shown (small data; see bench for large). */
  protected override prepare(collection: FeatureCollection): FeatureCollection {
    const { categories, statuses } = this.filters(collection.features);
    const field = this.categoryField ?? 'handlungsfeld';
    return {
      type: 'FeatureCollection',
      features: collection.features.filter((f) => matchesFilters(f, categories, statuses, field, this.statusField)),
    };
  }

  protected override styleLayers(input: LayerStyleInput): LayerSpecification[] {
    return projectsStyle({ ...input, categoryField: this.categoryField ?? 'handlungsfeld', nameField: this.nameField, statusField: this.statusField });
  }

  protected override selectableLayers(): string[] {
    return ['symbols'];
  }

  /** A symbol per field of action, filled and hollow, in the layer's colour. */
  protected override styleImages() {
    return projectImages((name) => this.layerId(name), this.effectiveColor);
  }

  /** Square, so that project clusters are not taken for the WLAN layer's round ones. */
  protected override clusterShape() {
    return CLUSTER_SHAPE;
  }

  /** Field of action and status as one text, in the map's language: "Smarte Stadt · in Umsetzung", "Smart city · in progress". */
  override featureCategory(feature: Feature, lang: Lang = this.lang$): string {
    const properties = feature.properties ?? {};
    const fields = [this.categoryField ?? 'handlungsfeld', this.statusField].filter((field, i, all) => all.indexOf(field) === i);
    return fields
      .map((field) => asText(properties[field]).trim())
      .filter(Boolean)
      .map((value) => valueName(value, lang))
      .join(' · ');
  }

  /** The data's language when the field of action or the status is a value of the data's own (not one of the five or three). */
  override featureCategoryLang(feature: Feature, lang: Lang = this.lang$): string | undefined {
    const properties = feature.properties ?? {};
    const values = [this.categoryField ?? 'handlungsfeld', this.statusField].map((field) => asText(properties[field]).trim()).filter(Boolean);
    return values.some((value) => !knownValueName(value, lang)) ? this.dataLanguage : undefined;
  }

  /** A field of action or status ("in Umsetzung" → "in progress") and how exact the location is, in `lang`. */
  override valueLabel(key: string, value: unknown, lang: Lang): string | undefined {
    if (key === (this.categoryField ?? 'handlungsfeld') || key === this.statusField) return knownValueName(asText(value).trim(), lang);
    return cityValueLabel(key, value, lang);
  }

  protected override legendRows(lang: Lang): LegendRow[] {
    return projectsLegend(this.features, this.categoryField ?? 'handlungsfeld', this.effectiveColor, lang);
  }

  protected override fields(lang: Lang): DescribedField[] {
    return [
      { key: this.categoryField ?? 'handlungsfeld', label: t(lang, 'field.handlungsfeld') },
      { key: this.statusField, label: t(lang, 'field.status') },
      { key: 'beschreibung', label: t(lang, 'field.beschreibung') },
      { key: 'programm', label: t(lang, 'field.programm') },
    ];
  }

  /** The two filters, and "where is the nearest project?" (`<kn-nearest>`). */
  protected override facets(lang: Lang): Facet[] {
    const { categories, statuses } = this.filters();
    // Why the nearest search may find none: the filters leave projects out, or those shown have no place of their own.
    const filtered = this.features.length < (this.loaded?.collection.features.length ?? 0);
    const unplaced = this.features.length > 0 && !this.features.some((feature) => this.hasPlace(feature));
    const nearest = projectsNearestFacet({ filtered, unplaced }, lang);
    return [...projectsFacets(categories.join(', '), statuses.join(', '), lang, this.effectiveColor), nearest];
  }

  protected override derivedSources(): Record<string, FeatureCollection> {
    return { nearest: this.nearest.source(this.lang$) };
  }

  /**
   * The nearest project shown (the filters `categories` and `status` apply) to a point, with the straight-line
   * distance in metres; shown on the map as a dotted line and announced with `kn-nearest`. `label`: the point's
   * label on the map ("Ihr Standort"; text, or text in the map's language).
   */
  showNearest(from: [number, number], { label }: { label?: StartLabel } = {}): NearestResult | null {
    return this.nearest.show(from, this.features, undefined, label);
  }

  /** Asks the browser for the user's position (the browser asks for consent) and shows the nearest project. The position is not sent anywhere. */
  async showNearestToMe(): Promise<NearestResult | null> {
    return this.showNearest(await visitorPosition(), { label: (lang) => t(lang, 'nearest.me') });
  }

  /** New data: a result no longer shown goes. Filters: the search runs again from the same start among the projects shown. */
  protected override shownFeaturesChanged(refiltered = false): void {
    this.nearest.follow(this.features, refiltered);
  }

  /** Removes the nearest-project line. */
  clearNearest(): void {
    this.nearest.clear();
  }

  /** @internal A place chosen or cleared in the search while a nearest line is shown (see ShownNearest). */
  registryChanged(topics: ReadonlySet<RegistryTopic>): void {
    this.nearest.registryChanged(topics);
  }

  /** Unknown `categories` and `status` values, once the data is there (its own values count as known). */
  protected override attributeProblems(lang: Lang): AttributeProblem[] {
    return [...super.attributeProblems(lang), ...(this.loaded ? this.filters().problems : [])];
  }

  /** The filters `categories` and `status` ask for, without values that are neither built in nor in the data. */
  private filters(features: readonly Feature[] = this.loaded?.collection.features ?? []): ProjectFilters {
    return projectFilters(this.categories, this.status, features, this.categoryField ?? 'handlungsfeld', this.statusField);
  }

  protected override shownText(count: number, lang: Lang): string {
    return shownText(count, lang, { one: t(lang, 'shown.one'), other: t(lang, 'shown.other') });
  }
}
