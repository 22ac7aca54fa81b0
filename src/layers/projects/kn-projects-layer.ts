import type { Feature, FeatureCollection } from 'geojson';
import { property } from 'lit/decorators.js';
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang.js';
import type { DescribedField, Facet, LayerNote, LegendRow } from '../../registry/layer-description.js';
import { provideImages, shapeSymbol, type ImageRecipe } from '../../symbols/map-images.js';
import { KnDataLayer, type LayerStyleInput, type LayerTheme } from '../data-layer.js';
import { shownText } from '../describe-features.js';
import type { InputTable } from '../inputs.js';
import { FIELD_SYMBOLS, matchesFilters, OTHER_SYMBOL, parseList } from './projects.js';
import { projectsFacets, projectsLegend } from './projects-description.js';
import { projectsStyle } from './projects-style.js';
import { t, valueName } from './projects.messages.js';

/**
 * Smart Green City project locations with title, field of action (Handlungsfeld), status, description and
 * link. Without a source it shows projects named in the city's public documents; where a project has no
 * place of its own its location is assumed (`lage: angenommen`).
 *
 * @tagname kn-projects-layer
 * @summary Smart Green City projects: symbol per field of action, filters, clusters.
 *
 * @slot - An optional `<script type="application/geo+json">` with the data inline.
 *
 * @cssprop --kn-projects-color - The layer's colour when `color` is not set (also `--kn-layer-color` for all layers).
 *
 * @event {KnDataLoadEvent} kn-data-load - The projects are shown. `detail: {count, bbox}`.
 * @event {KnDataProgressEvent} kn-data-progress - Progress while a large file loads. `detail: {fraction}`.
 * @event {KnSelectEvent} kn-select - A project was clicked. `detail: {layer, feature}`.
 * @event {KnErrorEvent} kn-error - The data could not be loaded or read. `detail: {code, message}`.
 */
export class KnProjectsLayer extends KnDataLayer {
  protected readonly theme: LayerTheme = {
    kind: 'projects',
    color: '#4b4f8f',
    label: (lang) => t(lang, 'name'),
    bundledData: 'data/sgc-projekte.geojson',
    bundledAttribution: (lang) => t(lang, 'credit'),
    vectorTiles: false, // draws what prepare() computes from the whole data set
  };

  /** Show only these fields of action, comma-separated (e.g. `Smarte Mobilität, Smarte Stadt`). Empty: all. */
  @property() categories?: string;

  /** Show only projects with these statuses, comma-separated (`geplant`, `in Umsetzung`, `abgeschlossen`). Empty: all. */
  @property() status?: string;

  /** Property holding a project's status. */
  @property({ attribute: 'status-field' }) statusField = 'status';

  static override inputs: InputTable = {
    ...KnDataLayer.inputs,
    categories: ['prepare', 'description'],
    status: ['prepare', 'description'],
    statusField: ['prepare', 'style', 'description'],
    categoryField: ['prepare', 'style', 'description'],
  };

  private removeImages?: () => void;

  constructor() {
    super();
    this.categoryField = 'handlungsfeld';
  }

  protected override sourceOptions(): Partial<GeoJSONSourceSpecification> {
    return { ...super.sourceOptions(), cluster: true, clusterRadius: 36, clusterMaxZoom: 13 };
  }

  /** Filtering happens on the data so that cluster counts match what is shown (small data; see bench for large). */
  protected override prepare(collection: FeatureCollection): FeatureCollection {
    const categories = parseList(this.categories);
    const statuses = parseList(this.status);
    const field = this.categoryField ?? 'handlungsfeld';
    return {
      type: 'FeatureCollection',
      features: collection.features.filter((f) => matchesFilters(f, categories, statuses, field, this.statusField)),
    };
  }

  protected override styleLayers(input: LayerStyleInput): LayerSpecification[] {
    return projectsStyle({ ...input, iconExpression: this.iconExpression(), nameField: this.nameField, statusField: this.statusField });
  }

  protected override selectableLayers(): string[] {
    return ['symbols'];
  }

  protected override addedToMap(map: MaplibreMap): void {
    this.removeImages = provideImages(map, this.symbolImages());
  }

  protected override removingFromMap(): void {
    this.removeImages?.();
  }

  /** Field of action and status as one text, in the map's language: "Smarte Stadt · in Umsetzung", "Smart city · in progress". */
  override featureCategory(feature: Feature, lang: Lang = this.lang$): string {
    const properties = feature.properties ?? {};
    const fields = [this.categoryField ?? 'handlungsfeld', this.statusField].filter((field, i, all) => all.indexOf(field) === i);
    return fields
      .map((field) => properties[field])
      .filter((value) => value !== undefined && value !== null && String(value).trim() !== '')
      .map((value) => valueName(String(value).trim(), lang))
      .join(' · ');
  }

  protected override legendRows(lang: Lang): LegendRow[] {
    return projectsLegend(this.features, this.categoryField ?? 'handlungsfeld', this.effectiveColor, lang);
  }

  protected override notes(lang: Lang): LayerNote[] {
    return [{ kind: 'info', text: t(lang, 'note.planned') }];
  }

  protected override fields(lang: Lang): DescribedField[] {
    return [
      { key: this.categoryField ?? 'handlungsfeld', label: t(lang, 'field.handlungsfeld') },
      { key: this.statusField, label: t(lang, 'field.status') },
      { key: 'beschreibung', label: t(lang, 'field.beschreibung') },
      { key: 'programm', label: t(lang, 'field.programm') },
    ];
  }

  protected override facets(lang: Lang): Facet[] {
    return projectsFacets(this.categories, this.status, lang);
  }

  protected override shownText(count: number, lang: Lang): string {
    return shownText(count, lang, { one: t(lang, 'shown.one'), other: t(lang, 'shown.other') });
  }

  private symbolName(field: string): string {
    return this.layerId(`symbol-${Object.keys(FIELD_SYMBOLS).indexOf(field)}`);
  }

  private symbolImages(): Record<string, ImageRecipe> {
    const images: Record<string, ImageRecipe> = { [this.layerId('symbol-other')]: shapeSymbol(OTHER_SYMBOL.shape, OTHER_SYMBOL.color) };
    for (const [field, { shape, color }] of Object.entries(FIELD_SYMBOLS)) images[this.symbolName(field)] = shapeSymbol(shape, color);
    return images;
  }

  private iconExpression(): ExpressionSpecification {
    const cases = Object.keys(FIELD_SYMBOLS).flatMap((field) => [field, this.symbolName(field)]);
    return ['match', ['to-string', ['get', this.categoryField ?? 'handlungsfeld']], ...cases, this.layerId('symbol-other')] as ExpressionSpecification;
  }
}
